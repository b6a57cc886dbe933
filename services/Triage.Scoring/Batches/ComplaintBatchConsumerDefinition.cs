using MassTransit;

namespace Triage.Scoring.Batches;

// Up to MessageLimit complaints a batch, or what arrived within TimeLimit; ConcurrencyLimit batches at once, so one
// batch is read and scored while another writes. The endpoint holds enough deliveries for every batch to fill.
public sealed class ComplaintBatchConsumerDefinition : ConsumerDefinition<ComplaintBatchConsumer>
{
    public const int MessageLimit = 100;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(50);

    public ComplaintBatchConsumerDefinition()
    {
        EndpointName = "triage-scoring";
        ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
        Endpoint(e => e.PrefetchCount = MessageLimit * (ConcurrencyLimit + 1));
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintBatchConsumer> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(o => o.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(ConcurrencyLimit));
}
