namespace Triage.Scoring.Registry;

public sealed record PromoteRequest(bool? Force, string? Note);
