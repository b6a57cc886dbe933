namespace Triage.Review;

public sealed record VerdictView(string Verdict, string? Note, string By, DateTimeOffset At);
