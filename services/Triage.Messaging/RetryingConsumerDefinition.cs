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

// A batch consumer's endpoint: up to MessageLimit messages a batch, or what arrived within TimeLimit of the batch's first
// message; ConcurrencyLimit batches at once, so one batch is read and worked while another writes. The endpoint holds
// enough deliveries for every batch to fill. A failing batch is the consumer's to split (it retries its messages one at a
// time).
//
// The time limit decides the batch size under load, not only when the queue is quiet: MassTransit closes a batch when its
// time is up even while the batches before it are still being worked, and the messages in hand then refill in the same
// small portions that the finishing batches free. A limit shorter than the time between two finished batches keeps the
// batches as small as they first were (mean 27 of 100 on a backlog of 20,000 with 50 ms); one that spans a few of them
// lets them grow to the message limit (docs/benchmarks.md, "Batches that fill").
public abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int MessageLimit = 100;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMilliseconds(50);

    protected BatchConsumerDefinition(string endpointName, TimeSpan? timeLimit = null)
    {
        EndpointName = endpointName;
        TimeLimit = timeLimit ?? DefaultTimeLimit;
        ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
        Endpoint(e => e.PrefetchCount = MessageLimit * (ConcurrencyLimit + 1));
    }

    public TimeSpan TimeLimit { get; }

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
