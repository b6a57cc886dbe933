using Triage.Contracts;

namespace Triage.Scoring.Clusters;

// Where a scored complaint ended up: its cluster (null when linked to nobody), the flag raised, if this complaint made its
// cluster suspect, and the complaints it brought into a cluster already suspect or decided, whose routes change with it.
public sealed record ClusterAssignment(string? ClusterId, ClusterFlagged? Flagged, ClusterJoined? Joined = null)
{
    public static readonly ClusterAssignment None = new(null, null);
}
