namespace Triage.Rescoring;

public sealed class RunRow
{
    public Guid Id { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset Since { get; init; }
    public DateTimeOffset Until { get; init; }
    public int Total { get; init; }
    public int Processed { get; init; }
    public int Changed { get; init; }
    public int Chunks { get; init; }
    public int ChunksDone { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public int ClustersChanged { get; init; }
    public int ComplaintsMoved { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PlannedAt { get; init; }
    public DateTimeOffset? ChunksStartedAt { get; init; }
    public DateTimeOffset? WindowReadAt { get; init; }
    public DateTimeOffset? ChunksDoneAt { get; init; }
    public DateTimeOffset? ClustersStartedAt { get; init; }

    public RescoringRun ToRun() => new(Id, Status, Since, Until, Total, Processed, Changed, CreatedAt, FinishedAt, ClustersChanged, ComplaintsMoved, RunPhase.Of(this));

    public const string Columns =
        "id, status, since, until, total, processed, changed, " +
        "chunks, chunks_done, started_at, finished_at, " +
        "clusters_changed, complaints_moved, created_at, planned_at, " +
        "chunks_started_at, window_read_at, chunks_done_at, clusters_started_at";
}
