namespace Triage.Rescoring;

public sealed record RescoringRun(
    Guid RunId, string Status, DateTimeOffset Since, DateTimeOffset Until, int Total, int Processed, int Changed,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int ClustersChanged, int ComplaintsMoved);
