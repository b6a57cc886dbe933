using System.Data.Common;
using Dapper;
using Triage.Storage;

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

    // Many messages at once (a batch): the ids recorded now, leaving out those processed already. One statement on
    // PostgreSQL, in id order (two batches sharing messages wait for each other, never in a circle); one by one on SQLite,
    // where a statement costs no round trip.
    public static async Task<HashSet<Guid>> TryRecordManyAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Guid> messageIds, string consumer,
        SqlDialect dialect, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var ids = messageIds.Distinct().Order().ToArray();
        var recorded = new HashSet<Guid>();
        if (ids.Length == 0)
            return recorded;
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var id in ids)
                if (await TryRecordAsync(connection, transaction, id, consumer, clock, cancellationToken))
                    recorded.Add(id);
            return recorded;
        }
        recorded.UnionWith(await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO inbox (message_id, consumer, processed_at) SELECT id, @consumer, @now FROM unnest(@ids) AS m(id) ORDER BY id
            ON CONFLICT DO NOTHING RETURNING message_id
            """,
            new { ids, consumer, now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken)));
        return recorded;
    }
}
