using MassTransit;

namespace Triage.Routing;

public sealed class ComplaintScoredBatchConsumerDefinition : ConsumerDefinition<ComplaintScoredBatchConsumer>
{
    public const int MessageLimit = 100;
    public const int ConcurrencyLimit = 2;

    public ComplaintScoredBatchConsumerDefinition()
    {
        EndpointName = "triage-routing";
        ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
        Endpoint(e => e.PrefetchCount = MessageLimit * (ConcurrencyLimit + 1));
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintScoredBatchConsumer> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(o => o.SetMessageLimit(MessageLimit).SetTimeLimit(TimeSpan.FromMilliseconds(50)).SetConcurrencyLimit(ConcurrencyLimit));
}
