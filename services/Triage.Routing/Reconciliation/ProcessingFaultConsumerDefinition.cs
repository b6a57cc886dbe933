using MassTransit;

namespace Triage.Routing.Reconciliation;

public sealed class ProcessingFaultConsumerDefinition : ConsumerDefinition<ProcessingFaultConsumer>
{
    public ProcessingFaultConsumerDefinition()
    {
        EndpointName = "triage-processing-faults";
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProcessingFaultConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Interval(3, TimeSpan.FromSeconds(1)));
    }
}
