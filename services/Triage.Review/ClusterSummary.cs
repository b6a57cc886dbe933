namespace Triage.Review;

public sealed record ClusterSummary(
    string Id, string Status, bool Suspect, int Size, double Risk, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, DateTimeOffset? FlaggedAt,
    IReadOnlyList<IndicatorView> Indicators, string SampleText);
