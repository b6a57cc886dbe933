using Triage.Messaging;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

// A publish that never completes and does not listen to its cancellation (as a broker client may while it waits for
// a connection after a node's failover) must not hold the dispatcher: the batch gives it up after the publish
// timeout, marks what went out, and a later dispatch publishes the rest.
[Category("rabbitmq")]
[Category("postgres")]
public class When_a_publish_never_returns
{
    [Test]
    public async Task Should_give_it_up_after_the_timeout_and_publish_the_row_later()
    {
        await using var dispatch = await ManualDispatch.StartAsync(new() { ["Triage:Outbox:PublishTimeout"] = "00:00:01" });
        var first = dispatch.Dispatcher(new HangingPublisher(dispatch.Publisher, hangAt: 4)).DispatchBatchAsync(CancellationToken.None);
        var returned = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(60))) == first;
        Assert.That(returned, Is.True, "the dispatch came back although one publish never did");
        Assert.ThrowsAsync<TimeoutException>(() => first, "the hung publish is reported as a failure");
        Assert.That(await dispatch.UnsentAsync(), Is.EqualTo(1), "only the hung publish's row is left unsent");

        await dispatch.Dispatcher(dispatch.Publisher).DispatchBatchAsync(CancellationToken.None);
        var arrived = await Eventually.HoldsAsync(async () => (await dispatch.Consumer.ProcessedAsync()).Count >= dispatch.Accepted.Count, TimeSpan.FromSeconds(30));
        var processed = await dispatch.Consumer.ProcessedAsync();
        Assert.That(arrived, Is.True, $"{processed.Count} of {dispatch.Accepted.Count} processed");
        Assert.That(processed.Keys, Is.EquivalentTo(dispatch.Accepted));
        Assert.That(processed.Values, Is.All.EqualTo(1), "each complaint processed once");
        Assert.That(await dispatch.UnsentAsync(), Is.Zero);
    }

    // Publishes every message but the hangAt-th, whose task never completes whatever its token says.
    private sealed class HangingPublisher(IOutboxPublisher inner, int hangAt) : IOutboxPublisher
    {
        private readonly TaskCompletionSource _never = new();
        private int _calls;

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == hangAt ? _never.Task : inner.PublishAsync(message, cancellationToken);
    }
}
