using Triage.Complaints;

namespace Triage.Routing;

// Evidence, when known, says what ties the members together (for the route's reason).
public sealed record ClusterState(string Id, string Status, bool Suspect, int Size, double Risk, Triage.Signals.Clusters.ClusterEvidence? Evidence = null)
{
    public const string Open = ClusterStatus.Open;
    public const string Confirmed = ClusterStatus.Confirmed;
    public const string Dismissed = ClusterStatus.Dismissed;
}
