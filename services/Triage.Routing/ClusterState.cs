namespace Triage.Routing;

// Evidence, when known, says what ties the members together (for the route's reason).
public sealed record ClusterState(string Id, string Status, bool Suspect, int Size, double Risk, Triage.Signals.Clusters.ClusterEvidence? Evidence = null)
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";
}
