using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Rescoring;

// Starts a run: the window's complaints split into chunks by (received_at, id), one RescoreChunk command per chunk,
// all in one transaction with the run record. A trigger key already used returns the run it started. A caller that
// works the chunks itself (`triage rescore`) queues no commands; if it stops half-way, the next start of a service
// with the rescoring role resumes the run.
public sealed class RescoringRuns(Database database, IOptions<RescoringOptions> options, OutboxSignal outboxSignal, TimeProvider clock,
    ILogger<RescoringRuns> logger)
{
    private const long StartLock = 0x52_45_53_43_4F_52_45; // "RESCORE"

    public async Task<RescoringStart> StartAsync(DateTimeOffset? since, DateTimeOffset? until, string triggerKey, string requestedBy, CancellationToken cancellationToken,
        bool queueChunks = true)
    {
        var now = clock.GetUtcNow();
        var to = until ?? now;
        var from = since ?? to - options.Value.Window;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var existing = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition("SELECT id FROM rescoring_runs WHERE trigger_key = @Key",
            new { Key = triggerKey }, transaction, cancellationToken: cancellationToken));
        if (existing is { } known)
            return RescoringStart.Started(known);
        // Two runs over one window would rescore the same complaints twice and their counters would not add up: one at
        // a time, decided under one lock (SQLite's write transaction already is one).
        if (database.Provider == StorageProvider.Postgres)
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = StartLock }, transaction, cancellationToken: cancellationToken));
        var running = await connection.QueryFirstOrDefaultAsync<Guid?>(
            new CommandDefinition("SELECT id FROM rescoring_runs WHERE status IN ('queued', 'running') AND since < @To AND until > @From ORDER BY created_at LIMIT 1",
            new { From = from, To = to }, transaction, cancellationToken: cancellationToken));
        if (running is { } busy)
        {
            logger.LogWarning("Rescoring over {Since:o} to {Until:o} ({Trigger}) not started: run {RunId} over an overlapping window is still in progress",
                from, to, triggerKey, busy);
            return RescoringStart.BlockedBy(busy);
        }

        var id = Guid.CreateVersion7(now);
        var keys = await connection.QueryAsync<ChunkKey>(
            new CommandDefinition("SELECT received_at, id FROM complaints WHERE received_at >= @From AND received_at < @To ORDER BY received_at, id",
            new { From = from, To = to }, transaction, cancellationToken: cancellationToken));
        var chunks = new List<(ChunkKey Last, int Count)>();
        var count = 0;
        ChunkKey? last = null;
        foreach (var key in keys)
        {
            last = key;
            if (++count == options.Value.ChunkSize)
            {
                chunks.Add((key, count));
                count = 0;
            }
        }
        if (count > 0)
            chunks.Add((last!, count));
        var total = chunks.Sum(c => c.Count);
        var inserted = await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO rescoring_runs (id, status, since, until, total, chunks, trigger_key, requested_by, created_at, planned_at, started_at, finished_at)
            VALUES (@Id, @Status, @From, @To, @Total, @Chunks, @Key, @By, @Now, @Planned, @Started, @Finished)
            ON CONFLICT (trigger_key) DO NOTHING
            """,
            new { Id = id, Status = total == 0 ? RunStatus.Completed : RunStatus.Queued, From = from, To = to, Total = total, Chunks = chunks.Count, Key = triggerKey,
                By = requestedBy, Now = now, Planned = clock.GetUtcNow(), Started = total == 0 ? now : (DateTimeOffset?)null, Finished = total == 0 ? now : (DateTimeOffset?)null },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
            return RescoringStart.Started(await connection.QuerySingleAsync<Guid>(new CommandDefinition("SELECT id FROM rescoring_runs WHERE trigger_key = @Key",
                new { Key = triggerKey }, transaction, cancellationToken: cancellationToken)));
        for (var i = 0; i < chunks.Count; i++)
        {
            await connection.ExecuteAsync(
                new CommandDefinition("INSERT INTO rescoring_chunks (run_id, chunk, last_received_at, last_id, complaints) VALUES (@Run, @Chunk, @At, @Last, @Count)",
                new { Run = id, Chunk = i, At = chunks[i].Last.ReceivedAt, Last = chunks[i].Last.Id, chunks[i].Count }, transaction, cancellationToken: cancellationToken));
            if (queueChunks)
                await Outbox.EnqueueAsync(connection, transaction, new RescoreChunk(id, i), clock, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        logger.LogInformation("Rescoring run {RunId} ({Trigger}) over {Since:o} to {Until:o}: {Total} complaints in {Chunks} chunks",
            id, triggerKey, from, to, total, chunks.Count);
        return RescoringStart.Started(id);
    }

    public async Task<RescoringRun?> GetAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Id",
            new { Id = runId }, cancellationToken: cancellationToken));
        return row?.ToRun();
    }

    private sealed class ChunkKey
    {
        public DateTimeOffset ReceivedAt { get; init; }
        public Guid Id { get; init; }
    }
}
