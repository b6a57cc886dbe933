namespace Triage.Contracts;

public record RescoringCompleted(Guid RunId, int Total, int Changed, DateTimeOffset FinishedAt);
