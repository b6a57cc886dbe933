using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

[ProductionForm]
public class When_the_broker_is_down
{
    [Test]
    public async Task Should_accept_every_complaint_and_deliver_each_exactly_once_when_it_returns()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var factory = TriageFactory.PostgresAndRabbitMq(postgres.ConnectionString, rabbit, new()
        {
            ["Triage:Outbox:PublishTimeout"] = "00:00:03",
            ["Triage:Outbox:MaxBackoff"] = "00:00:02",
        });
        using var client = factory.CreateClient("dev-desk-key");
        var (consumer, subscription) = await InboxConsumer.SubscribeAsync(factory.Services, rabbit);
        await using var _ = subscription;

        var ids = new List<Guid>();
        await Broker.StopAsync();
        try
        {
            var unready = await Eventually.HoldsAsync(async () =>
                (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
            Assert.That(unready, Is.True, "/health/ready reports the broker down");
            foreach (var chunk in Enumerable.Range(0, 200).Chunk(20))
            {
                var responses = await Task.WhenAll(chunk.Select(_ => client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())));
                Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Accepted));
                foreach (var response in responses)
                    ids.Add(Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!));
            }
            Assert.That(consumer.Deliveries, Is.Empty);
        }
        finally
        {
            await Broker.StartAsync();
        }

        var readyAgain = await Eventually.HoldsAsync(async () =>
            (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
        var delivered = await Eventually.HoldsAsync(async () => (await consumer.ProcessedAsync()).Count >= ids.Count, TimeSpan.FromMinutes(2));
        await Task.Delay(1000);

        var processed = await consumer.ProcessedAsync();
        Assert.That(readyAgain, Is.True, "/health/ready recovers with the broker");
        Assert.That(delivered, Is.True, $"{processed.Count} of {ids.Count} complaints arrived");
        Assert.That(processed.Keys, Is.EquivalentTo(ids));
        Assert.That(processed.Values, Is.All.EqualTo(1));
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.EqualTo(0));
    }
}
