using Triage.Contracts;

namespace Triage.Scoring.Clusters;

// Where a scored complaint ended up: its cluster (null when linked to nobody) and the flag raised, if this complaint
// made its cluster suspect.
public sealed record ClusterAssignment(string? ClusterId, ClusterFlagged? Flagged)
{
    public static readonly ClusterAssignment None = new(null, null);
}
