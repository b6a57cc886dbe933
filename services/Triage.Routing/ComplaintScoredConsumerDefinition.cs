using MassTransit;

namespace Triage.Routing;

public sealed class ComplaintScoredConsumerDefinition : ConsumerDefinition<ComplaintScoredConsumer>
{
    public ComplaintScoredConsumerDefinition()
    {
        EndpointName = "triage-routing";
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintScoredConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
}
