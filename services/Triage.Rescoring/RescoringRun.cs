namespace Triage.Rescoring;

// startedAt is the request, finishedAt the completion (or failure); phases say where the time between went.

public sealed record RescoringRun(
    Guid RunId, string Status, DateTimeOffset Since, DateTimeOffset Until, int Total, int Processed, int Changed,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int ClustersChanged, int ComplaintsMoved, IReadOnlyList<RunPhase> Phases);
