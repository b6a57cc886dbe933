using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Storage;

namespace Triage.Messaging;

public static class Outbox
{
    // Many messages of one type in one statement on PostgreSQL (a rescoring chunk's thousands of events); one by one
    // on SQLite, where a statement costs no round trip.
    public static async Task EnqueueManyAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> messages, SqlDialect dialect)
        where T : class
    {
        if (messages.Count == 0)
            return;
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var message in messages)
                await EnqueueAsync(connection, transaction, message);
            return;
        }
        var now = DateTimeOffset.UtcNow;
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (message_id, message_type, body, created_at)
            SELECT id, @MessageType, body, @CreatedAt FROM unnest(@Ids, @Bodies) AS m(id, body)
            """,
            new
            {
                MessageType = typeof(T).FullName,
                CreatedAt = now,
                Ids = messages.Select(_ => Guid.CreateVersion7(now)).ToArray(),
                Bodies = messages.Select(m => JsonSerializer.Serialize(m, OutboxJson.Options)).ToArray(),
            },
            transaction);
    }

    // Writes the message in the caller's transaction, so it commits or rolls back with the state it announces.
    public static Task EnqueueAsync<T>(DbConnection connection, DbTransaction transaction, T message) where T : class =>
        connection.ExecuteAsync(
            "INSERT INTO outbox (message_id, message_type, body, created_at) VALUES (@MessageId, @MessageType, @Body, @CreatedAt)",
            new
            {
                MessageId = Guid.CreateVersion7(),
                MessageType = typeof(T).FullName,
                Body = JsonSerializer.Serialize(message, OutboxJson.Options),
                CreatedAt = DateTimeOffset.UtcNow,
            },
            transaction);
}
