using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Storage;

namespace Triage.Rescoring;

// A chunk that still fails after the endpoint's retries fails its run: the run record says so instead of waiting
// forever, and a restart does not take it up again. Its complaints keep their online scores and routes.
public sealed class RescoreChunkFaultConsumer(Database database, TimeProvider clock, ILogger<RescoreChunkFaultConsumer> logger)
    : IConsumer<Fault<RescoreChunk>>
{
    public async Task Consume(ConsumeContext<Fault<RescoreChunk>> context)
    {
        var chunk = context.Message.Message;
        await using var connection = await database.OpenAsync(context.CancellationToken);
        var failed = await connection.ExecuteAsync(
            "UPDATE rescoring_runs SET status = 'failed', finished_at = @Now WHERE id = @Run AND status IN ('queued', 'running')",
            new { Run = chunk.RunId, Now = clock.GetUtcNow() });
        if (failed == 1)
            logger.LogError("Rescoring run {RunId} failed: chunk {Chunk} could not be rescored ({Reason})", chunk.RunId, chunk.Chunk,
                context.Message.Exceptions.FirstOrDefault()?.ExceptionType ?? "unknown");
    }
}
