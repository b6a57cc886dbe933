namespace Triage.Review;

public sealed record ClusterDetail(
    string Id, string Status, bool Suspect, int Size, double Risk, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, DateTimeOffset? FlaggedAt,
    IReadOnlyList<IndicatorView> Indicators, string SampleText,
    IReadOnlyList<MemberView> Members, IReadOnlyList<TimelineDay> Timeline, TemplateView? Template,
    IReadOnlyList<VerdictView> Verdicts, IReadOnlyList<MergeView> MergedFrom);
