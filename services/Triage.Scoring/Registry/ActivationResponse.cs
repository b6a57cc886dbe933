namespace Triage.Scoring.Registry;

public sealed record ActivationResponse(string Active, string? Previous);
