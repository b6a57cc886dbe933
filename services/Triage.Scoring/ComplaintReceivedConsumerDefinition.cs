using MassTransit;

namespace Triage.Scoring;

public sealed class ComplaintReceivedConsumerDefinition : ConsumerDefinition<ComplaintReceivedConsumer>
{
    public ComplaintReceivedConsumerDefinition()
    {
        EndpointName = "triage-scoring";
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintReceivedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
    }
}
