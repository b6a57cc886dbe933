namespace Triage.Contracts;

// Complaints routed before they joined a cluster that is already suspect or decided by an analyst: a loose filing or a
// smaller cluster met it through a newer complaint's links. Their routes are decided again, as if they had come after
// the cluster. A join that makes the cluster suspect says ClusterFlagged instead, which moves every member.
public record ClusterJoined(string ClusterId, IReadOnlyList<Guid> ComplaintIds, DateTimeOffset JoinedAt);
