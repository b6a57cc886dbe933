using Triage.Signals.Clusters;

namespace Triage.Scoring.Clusters;

// The clusters (or none) of a complaint and of everything it links to, read under their locks.
public sealed record ClusterMembership(Guid ComplaintId, IReadOnlyList<ClusterLink> Links, IReadOnlyDictionary<Guid, string?> Members);
