using MassTransit;
using Triage.Contracts;

namespace Triage.Rescoring;

public sealed class RecomputeClustersConsumer(ClusterRecompute recompute) : IConsumer<RecomputeClusters>
{
    public Task Consume(ConsumeContext<RecomputeClusters> context) => recompute.RecomputeAsync(context.Message.RunId, context.CancellationToken);
}
