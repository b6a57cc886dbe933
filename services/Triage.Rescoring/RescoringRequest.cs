namespace Triage.Rescoring;

public sealed record RescoringRequest(DateTimeOffset? Since, DateTimeOffset? Until);
