using Triage.Signals.Clusters;

namespace Triage.Scoring.Clusters;

// A complaint to place, claimed in the same transaction: its links and the score it was just given (a member's score
// enters its cluster's risk).
public sealed record ClusterCandidate(Guid ComplaintId, IReadOnlyList<ClusterLink> Links, double Score);
