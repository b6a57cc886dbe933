using MassTransit;
using Triage.Contracts;

namespace Triage.Rescoring;

public sealed class RescoreChunkConsumer(ChunkRescorer rescorer) : IConsumer<RescoreChunk>
{
    public Task Consume(ConsumeContext<RescoreChunk> context) =>
        rescorer.RescoreAsync(context.Message.RunId, context.Message.Chunk, context.CancellationToken);
}
