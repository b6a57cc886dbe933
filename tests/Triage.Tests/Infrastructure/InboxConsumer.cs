using System.Collections.Concurrent;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Tests.Infrastructure;

// A consumer that does its work and records the message in the inbox in one transaction, as the services' consumers do.
public sealed class InboxConsumer
{
    private const string Name = "test-inbox-consumer";
    private readonly Database _database;

    private InboxConsumer(Database database) => _database = database;

    public ConcurrentBag<Guid> Deliveries { get; } = [];

    public static async Task<(InboxConsumer Consumer, ReceivedMessages Subscription)> SubscribeAsync(IServiceProvider services, string rabbitMq)
    {
        var database = services.GetRequiredService<Database>();
        await using (var connection = await database.OpenAsync())
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS test_processed (complaint_id uuid NOT NULL, message_id uuid NOT NULL)");
        var consumer = new InboxConsumer(database);
        var subscription = await ReceivedMessages.SubscribeAsync(services, consumer.ConsumeAsync, rabbitMq);
        return (consumer, subscription);
    }

    public async Task<Dictionary<Guid, int>> ProcessedAsync()
    {
        await using var connection = await _database.OpenAsync();
        var rows = await connection.QueryAsync<Guid>("SELECT complaint_id FROM test_processed");
        return rows.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
    }

    private async Task ConsumeAsync(ConsumeContext<ComplaintReceived> context)
    {
        Deliveries.Add(context.Message.ComplaintId);
        await using var connection = await _database.OpenAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        if (await Inbox.TryRecordAsync(connection, transaction, context.MessageId!.Value, Name, TimeProvider.System))
            await connection.ExecuteAsync("INSERT INTO test_processed (complaint_id, message_id) VALUES (@ComplaintId, @MessageId)",
                new { context.Message.ComplaintId, context.MessageId }, transaction);
        await transaction.CommitAsync(context.CancellationToken);
    }
}
