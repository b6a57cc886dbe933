namespace Triage.Review;

public sealed record MergeView(string ClusterId, DateTimeOffset At);
