namespace Triage.Review;

public sealed record VerdictRequest(string? Verdict, string? Note);
