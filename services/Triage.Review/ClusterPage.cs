namespace Triage.Review;

public sealed record ClusterPage(IReadOnlyList<ClusterSummary> Items, string? NextCursor);
