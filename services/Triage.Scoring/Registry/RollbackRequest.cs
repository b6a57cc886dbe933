namespace Triage.Scoring.Registry;

public sealed record RollbackRequest(string? Reason);
