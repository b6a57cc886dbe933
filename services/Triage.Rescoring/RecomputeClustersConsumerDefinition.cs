using MassTransit;

namespace Triage.Rescoring;

// One recomputation at a time per worker: it holds every cluster while it writes.
public sealed class RecomputeClustersConsumerDefinition : ConsumerDefinition<RecomputeClustersConsumer>
{
    public RecomputeClustersConsumerDefinition()
    {
        EndpointName = "triage-rescoring-clusters";
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecomputeClustersConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 1;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)));
    }
}
