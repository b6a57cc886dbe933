using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Storage;

namespace Triage.Rescoring;

// A chunk (or the run's last step, the clusters) that still fails after the endpoint's retries fails its run: the run
// record says so instead of waiting forever, and a restart does not take it up again. Chunks already done keep their
// changes; the rest keep their online scores, routes and clusters.
public sealed class RescoreChunkFaultConsumer(Database database, TimeProvider clock, ILogger<RescoreChunkFaultConsumer> logger)
    : IConsumer<Fault<RescoreChunk>>, IConsumer<Fault<RecomputeClusters>>
{
    public Task Consume(ConsumeContext<Fault<RescoreChunk>> context) =>
        FailAsync(context.Message.Message.RunId, $"chunk {context.Message.Message.Chunk}", context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<Fault<RecomputeClusters>> context) =>
        FailAsync(context.Message.Message.RunId, "the clusters", context.Message, context.CancellationToken);

    private async Task FailAsync(Guid runId, string what, Fault fault, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var failed = await connection.ExecuteAsync(
            new CommandDefinition("UPDATE rescoring_runs SET status = 'failed', finished_at = @Now WHERE id = @Run AND status IN ('queued', 'running')",
            new { Run = runId, Now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
        if (failed == 1)
            logger.LogError("Rescoring run {RunId} failed: {What} could not be rescored ({Reason})", runId, what,
                fault.Exceptions.FirstOrDefault()?.ExceptionType ?? "unknown");
    }
}
