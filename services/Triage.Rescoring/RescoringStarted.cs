namespace Triage.Rescoring;

public sealed record RescoringStarted(Guid RunId);
