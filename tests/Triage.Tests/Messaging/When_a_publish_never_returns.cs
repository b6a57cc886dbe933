using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Storage;
using Triage.Testing;
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
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var factory = TriageFactory.PostgresAndRabbitMq(postgres.ConnectionString, rabbit, new()
        {
            ["Triage:Outbox:DispatcherEnabled"] = "false",
            ["Triage:Outbox:PublishTimeout"] = "00:00:01",
        });
        using var client = factory.CreateClient("dev-desk-key");
        var (consumer, subscription) = await InboxConsumer.SubscribeAsync(factory.Services, rabbit);
        await using var _ = subscription;
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
            ids.Add(Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!));

        var services = factory.Services;
        var realPublisher = services.GetRequiredService<IOutboxPublisher>();
        var hanging = new HangingPublisher(realPublisher, hangAt: 4);
        var first = Dispatcher(services, hanging).DispatchBatchAsync(CancellationToken.None);
        var returned = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(60))) == first;
        Assert.That(returned, Is.True, "the dispatch came back although one publish never did");
        Assert.ThrowsAsync<TimeoutException>(() => first, "the hung publish is reported as a failure");
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.EqualTo(1),
            "only the hung publish's row is left unsent");

        await Dispatcher(services, realPublisher).DispatchBatchAsync(CancellationToken.None);
        var arrived = await Eventually.HoldsAsync(async () => (await consumer.ProcessedAsync()).Count >= ids.Count, TimeSpan.FromSeconds(30));
        var processed = await consumer.ProcessedAsync();
        Assert.That(arrived, Is.True, $"{processed.Count} of {ids.Count} processed");
        Assert.That(processed.Keys, Is.EquivalentTo(ids));
        Assert.That(processed.Values, Is.All.EqualTo(1), "each complaint processed once");
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.Zero);
    }

    private static OutboxDispatcher Dispatcher(IServiceProvider services, IOutboxPublisher publisher) => new(
        services.GetRequiredService<Database>(),
        publisher,
        new OutboxSignal(),
        services.GetRequiredService<IOptions<OutboxOptions>>(),
        services.GetRequiredService<TimeProvider>(),
        NullLogger<OutboxDispatcher>.Instance);

    // Publishes every message but the hangAt-th, whose task never completes whatever its token says.
    private sealed class HangingPublisher(IOutboxPublisher inner, int hangAt) : IOutboxPublisher
    {
        private readonly TaskCompletionSource _never = new();
        private int _calls;

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == hangAt ? _never.Task : inner.PublishAsync(message, cancellationToken);
    }
}
