using MassTransit;

namespace Triage.Routing;

public sealed class ClusterFlaggedConsumerDefinition : ConsumerDefinition<ClusterFlaggedConsumer>
{
    public ClusterFlaggedConsumerDefinition()
    {
        EndpointName = "triage-routing-clusters";
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ClusterFlaggedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
}
