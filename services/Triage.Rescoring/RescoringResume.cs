using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Rescoring;

// After a restart, unfinished runs go on from their checkpoint: every chunk not yet done is asked for again, or the
// last step when only that is missing. On
// RabbitMQ the original commands are still queued and a repeat is harmless; on the in-memory bus they were lost.
public sealed class RescoringResume(Database database, OutboxSignal outboxSignal, TimeProvider clock, ILogger<RescoringResume> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var pending = (await connection.QueryAsync<PendingChunk>(
            new CommandDefinition("""
            SELECT c.run_id, c.chunk FROM rescoring_chunks c JOIN rescoring_runs r ON r.id = c.run_id
            WHERE r.status IN ('queued', 'running') AND c.done_at IS NULL ORDER BY c.run_id, c.chunk
            """, transaction: transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var chunk in pending)
            await Outbox.EnqueueAsync(connection, transaction, new RescoreChunk(chunk.RunId, chunk.Chunk), clock, cancellationToken);
        // Every chunk done but the last step not: the clusters are asked for again.
        var lastStep = (await connection.QueryAsync<Guid>(
            new CommandDefinition("SELECT id FROM rescoring_runs WHERE status = 'running' AND chunks_done = chunks",
                transaction: transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var run in lastStep)
            await Outbox.EnqueueAsync(connection, transaction, new RecomputeClusters(run), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (pending.Count == 0 && lastStep.Count == 0)
            return;
        outboxSignal.Notify();
        logger.LogInformation("Resuming {Runs} unfinished rescoring runs: {Chunks} chunks and {Clusters} cluster steps asked for again",
            pending.Select(p => p.RunId).Concat(lastStep).Distinct().Count(), pending.Count, lastStep.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class PendingChunk
    {
        public Guid RunId { get; init; }
        public int Chunk { get; init; }
    }
}
