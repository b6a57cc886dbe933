using MassTransit;

namespace Triage.Messaging;

// A consumer's endpoint: its queue, how many messages it takes at once, how many it holds, and how it retries a
// message before the message is faulted and parked (Retries).
public abstract class RetryingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly Action<IRetryConfigurator> _retry;
    private readonly int? _prefetch;

    protected RetryingConsumerDefinition(string endpointName, int concurrentMessageLimit, Action<IRetryConfigurator> retry, int? prefetch = null)
    {
        EndpointName = endpointName;
        ConcurrentMessageLimit = concurrentMessageLimit;
        _retry = retry;
        _prefetch = prefetch;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (_prefetch is { } prefetch)
            endpointConfigurator.PrefetchCount = prefetch;
        endpointConfigurator.UseMessageRetry(_retry);
    }
}

// A batch consumer's endpoint: up to MessageLimit messages a batch, or what arrived within TimeLimit; ConcurrencyLimit
// batches at once, so one batch is read and worked while another writes. The endpoint holds enough deliveries for
// every batch to fill. A failing batch is the consumer's to split (it retries its messages one at a time). Routing's
// queue uses it; scoring forms its own batches (ScoringBatcher), since a batch closed by the clock while the ones before it
// are worked stays small under load.
public abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int MessageLimit = 100;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(50);

    protected BatchConsumerDefinition(string endpointName)
    {
        EndpointName = endpointName;
        ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
        Endpoint(e => e.PrefetchCount = MessageLimit * (ConcurrencyLimit + 1));
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(o => o.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(ConcurrencyLimit));
}

// How endpoints retry. Quick: one complaint's work, where a retry waits out a lock or a connection blip. Patient: a
// rescoring step that holds a whole window, where a retry may wait out a database failover. Steady: fault records.
public static class Retries
{
    public static void Quick(IRetryConfigurator retry) =>
        retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));

    public static void Patient(IRetryConfigurator retry) =>
        retry.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));

    public static void Steady(IRetryConfigurator retry) => retry.Interval(3, TimeSpan.FromSeconds(1));
}
