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
        "id AS Id, status AS Status, since AS Since, until AS Until, total AS Total, processed AS Processed, changed AS Changed, " +
        "chunks AS Chunks, chunks_done AS ChunksDone, started_at AS StartedAt, finished_at AS FinishedAt, " +
        "clusters_changed AS ClustersChanged, complaints_moved AS ComplaintsMoved, created_at AS CreatedAt, planned_at AS PlannedAt, " +
        "chunks_started_at AS ChunksStartedAt, window_read_at AS WindowReadAt, chunks_done_at AS ChunksDoneAt, clusters_started_at AS ClustersStartedAt";
}
