using Triage.Messaging;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

[Category("rabbitmq")]
[Category("postgres")]
public class When_a_dispatcher_dies_between_publish_and_mark_sent
{
    [Test]
    public async Task Should_publish_again_and_the_inbox_absorbs_the_duplicate()
    {
        await using var dispatch = await ManualDispatch.StartAsync();
        var consumer = dispatch.Consumer;
        var dying = new DyingPublisher(dispatch.Publisher, dieAfter: 5);
        Assert.ThrowsAsync<DyingPublisher.Died>(() => dispatch.Dispatcher(dying).DispatchBatchAsync(CancellationToken.None));

        await dispatch.Dispatcher(dispatch.Publisher).DispatchBatchAsync(CancellationToken.None);
        var arrived = await Eventually.HoldsAsync(() => consumer.Deliveries.Count >= 11, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);

        var processed = await consumer.ProcessedAsync();
        Assert.That(arrived, Is.True, $"{consumer.Deliveries.Count} deliveries");
        Assert.That(consumer.Deliveries.Count(id => id == dying.LastPublished), Is.EqualTo(2), "the message published just before the death arrives twice");
        Assert.That(processed.Keys, Is.EquivalentTo(dispatch.Accepted));
        Assert.That(processed.Values, Is.All.EqualTo(1));
        Assert.That(await dispatch.UnsentAsync(), Is.EqualTo(0));
    }

    private sealed class DyingPublisher(IOutboxPublisher inner, int dieAfter) : IOutboxPublisher
    {
        private int _published;

        public Guid LastPublished { get; private set; }

        public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            await inner.PublishAsync(message, cancellationToken);
            if (Interlocked.Increment(ref _published) != dieAfter)
                return;
            LastPublished = System.Text.Json.JsonDocument.Parse(message.Body).RootElement.GetProperty("complaintId").GetGuid();
            throw new Died();
        }

        public sealed class Died : Exception;
    }
}
