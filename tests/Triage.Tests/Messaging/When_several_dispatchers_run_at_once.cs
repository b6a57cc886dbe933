using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

[Category("postgres")]
public class When_several_dispatchers_run_at_once
{
    [Test]
    public async Task Should_publish_every_outbox_row_exactly_once()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var factory = TriageFactory.Postgres(postgres.ConnectionString, new()
        {
            ["Triage:Outbox:DispatcherEnabled"] = "false",
            ["Triage:Outbox:BatchSize"] = "20",
        });
        using var client = factory.CreateClient("dev-desk-key");
        var batch = new System.Text.Json.Nodes.JsonArray(Enumerable.Range(0, 300).Select(_ => (System.Text.Json.Nodes.JsonNode)SampleComplaints.Minimal()).ToArray());
        await client.PostJsonAsync("/api/v1/complaints/batch", batch);
        var publisher = new CountingPublisher();
        var dispatchers = Enumerable.Range(0, 4).Select(_ => new OutboxDispatcher(
            factory.Services.GetRequiredService<Database>(), publisher, new OutboxSignal(),
            factory.Services.GetRequiredService<IOptions<OutboxOptions>>(), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance)).ToList();

        await Task.WhenAll(dispatchers.Select(d => Task.Run(async () =>
        {
            while (await d.DispatchBatchAsync(CancellationToken.None) > 0)
            {
            }
        })));

        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        var all = (await connection.QueryAsync<Guid>("SELECT message_id FROM outbox")).ToList();
        Assert.That(all, Has.Count.EqualTo(300));
        Assert.That(publisher.Published.Keys, Is.EquivalentTo(all));
        Assert.That(publisher.Published.Values, Is.All.EqualTo(1));
        Assert.That(publisher.Concurrent, Is.GreaterThan(1), "the dispatchers overlapped");
    }

    private sealed class CountingPublisher : IOutboxPublisher
    {
        private int _inFlight;

        public ConcurrentDictionary<Guid, int> Published { get; } = new();

        public int Concurrent { get; private set; }

        public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            Concurrent = Math.Max(Concurrent, now);
            await Task.Delay(2, cancellationToken);
            Published.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
