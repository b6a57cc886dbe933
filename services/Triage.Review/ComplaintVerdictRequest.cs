namespace Triage.Review;

public sealed record ComplaintVerdictRequest(string? Verdict, string? Note);
