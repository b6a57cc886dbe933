using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

[Category("rabbitmq")]
[Category("postgres")]
public class When_a_dispatcher_dies_between_publish_and_mark_sent
{
    [Test]
    public async Task Should_publish_again_and_the_inbox_absorbs_the_duplicate()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var factory = TriageFactory.PostgresAndRabbitMq(postgres.ConnectionString, rabbit, new()
        {
            ["Triage:Outbox:DispatcherEnabled"] = "false",
        });
        using var client = factory.CreateClient("dev-desk-key");
        var (consumer, subscription) = await InboxConsumer.SubscribeAsync(factory.Services, rabbit);
        await using var _ = subscription;
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
            ids.Add(Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!));

        var services = factory.Services;
        var realPublisher = services.GetRequiredService<IOutboxPublisher>();
        var dying = new DyingPublisher(realPublisher, dieAfter: 5);
        var first = Dispatcher(services, dying);
        Assert.ThrowsAsync<DyingPublisher.Died>(() => first.DispatchBatchAsync(CancellationToken.None));

        var second = Dispatcher(services, realPublisher);
        await second.DispatchBatchAsync(CancellationToken.None);
        var arrived = await Eventually.HoldsAsync(() => consumer.Deliveries.Count >= 11, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);

        var processed = await consumer.ProcessedAsync();
        Assert.That(arrived, Is.True, $"{consumer.Deliveries.Count} deliveries");
        Assert.That(consumer.Deliveries.Count(id => id == dying.LastPublished), Is.EqualTo(2), "the message published just before the death arrives twice");
        Assert.That(processed.Keys, Is.EquivalentTo(ids));
        Assert.That(processed.Values, Is.All.EqualTo(1));
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.EqualTo(0));
    }

    private static OutboxDispatcher Dispatcher(IServiceProvider services, IOutboxPublisher publisher) => new(
        services.GetRequiredService<Database>(),
        publisher,
        new OutboxSignal(),
        services.GetRequiredService<IOptions<OutboxOptions>>(),
        services.GetRequiredService<TimeProvider>(),
        NullLogger<OutboxDispatcher>.Instance);

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
