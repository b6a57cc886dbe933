using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Storage;
using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// Intake on PostgreSQL and RabbitMQ with its own outbox dispatcher switched off, ten accepted complaints waiting in the
// outbox and a consumer with an inbox subscribed: for tests that drive OutboxDispatcher by hand with a publisher of
// their own around the real one.
public sealed class ManualDispatch : IAsyncDisposable
{
    private readonly PostgresDatabase _postgres;
    private readonly TriageFactory _factory;
    private readonly ReceivedMessages _subscription;

    private ManualDispatch(PostgresDatabase postgres, TriageFactory factory, InboxConsumer consumer, ReceivedMessages subscription, List<Guid> accepted)
    {
        _postgres = postgres;
        _factory = factory;
        _subscription = subscription;
        Consumer = consumer;
        Accepted = accepted;
    }

    public InboxConsumer Consumer { get; }

    public IReadOnlyList<Guid> Accepted { get; }

    public IOutboxPublisher Publisher => _factory.Services.GetRequiredService<IOutboxPublisher>();

    public static async Task<ManualDispatch> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        var postgres = await PostgresDatabase.CreateAsync();
        var factory = TriageFactory.PostgresAndRabbitMq(postgres.ConnectionString, rabbit,
            new(settings ?? []) { ["Triage:Outbox:DispatcherEnabled"] = "false" });
        using var client = factory.CreateClient("dev-desk-key");
        var (consumer, subscription) = await InboxConsumer.SubscribeAsync(factory.Services, rabbit);
        var accepted = new List<Guid>();
        for (var i = 0; i < 10; i++)
            accepted.Add(Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!));
        return new ManualDispatch(postgres, factory, consumer, subscription, accepted);
    }

    public OutboxDispatcher Dispatcher(IOutboxPublisher publisher) => new(
        _factory.Services.GetRequiredService<Database>(),
        publisher,
        new OutboxSignal(),
        _factory.Services.GetRequiredService<IOptions<OutboxOptions>>(),
        _factory.Services.GetRequiredService<TimeProvider>(),
        NullLogger<OutboxDispatcher>.Instance);

    public async Task<long> UnsentAsync()
    {
        await using var connection = await _factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
    }

    public async ValueTask DisposeAsync()
    {
        await _subscription.DisposeAsync();
        await _factory.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
