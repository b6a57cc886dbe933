using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Triage.Messaging;

public static class Outbox
{
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
