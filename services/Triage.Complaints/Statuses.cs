namespace Triage.Complaints;

// Where a complaint is in its path: stored, scored, routed (complaints.status).
public static class ComplaintStatus
{
    public const string Received = "received";
    public const string Scored = "scored";
    public const string Routed = "routed";
}

// Where a cluster is in review: open until an analyst confirms or dismisses it (clusters.status).
public static class ClusterStatus
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";
}
