using System.Data.Common;
using Dapper;

namespace Triage.Messaging;

public static class Inbox
{
    // Records the message for this consumer in the consumer's own transaction; false means it was already processed.
    public static async Task<bool> TryRecordAsync(DbConnection connection, DbTransaction transaction, Guid messageId, string consumer) =>
        await connection.ExecuteAsync(
            "INSERT INTO inbox (message_id, consumer, processed_at) VALUES (@messageId, @consumer, @now) ON CONFLICT DO NOTHING",
            new { messageId, consumer, now = DateTimeOffset.UtcNow },
            transaction) == 1;
}
