using MassTransit;

namespace Triage.Rescoring;

// One chunk at a time per worker: a chunk already uses every core; more workers mean more processes.
public sealed class RescoreChunkConsumerDefinition : ConsumerDefinition<RescoreChunkConsumer>
{
    public RescoreChunkConsumerDefinition()
    {
        EndpointName = "triage-rescoring";
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RescoreChunkConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 1;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)));
    }
}
