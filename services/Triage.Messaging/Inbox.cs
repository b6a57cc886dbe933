using System.Data.Common;
using Dapper;

namespace Triage.Messaging;

public static class Inbox
{
    // Records the message for this consumer in the consumer's own transaction; false means it was already processed.
    public static async Task<bool> TryRecordAsync(DbConnection connection, DbTransaction transaction, Guid messageId, string consumer, TimeProvider clock,
        CancellationToken cancellationToken = default) =>
        await connection.ExecuteAsync(
            new CommandDefinition("INSERT INTO inbox (message_id, consumer, processed_at) VALUES (@messageId, @consumer, @now) ON CONFLICT DO NOTHING",
            new { messageId, consumer, now = clock.GetUtcNow() },
            transaction, cancellationToken: cancellationToken)) == 1;
}
