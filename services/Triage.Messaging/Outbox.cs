using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Storage;

namespace Triage.Messaging;

public static class Outbox
{
    // Many messages of one type in one statement on PostgreSQL (a rescoring chunk's thousands of events); one by one
    // on SQLite, where a statement costs no round trip.
    public static async Task EnqueueManyAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> messages, SqlDialect dialect, TimeProvider clock,
        CancellationToken cancellationToken = default)
        where T : class
    {
        if (messages.Count == 0)
            return;
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var message in messages)
                await EnqueueAsync(connection, transaction, message, clock, cancellationToken);
            return;
        }
        var now = clock.GetUtcNow();
        var trace = OutboxTracing.Current();
        await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO outbox (message_id, message_type, body, created_at, trace_parent, trace_state)
            SELECT id, @MessageType, body, @CreatedAt, @TraceParent, @TraceState FROM unnest(@Ids, @Bodies) AS m(id, body)
            """,
            new
            {
                MessageType = typeof(T).FullName,
                CreatedAt = now,
                TraceParent = trace.Parent,
                TraceState = trace.State,
                Ids = messages.Select(_ => Guid.CreateVersion7(now)).ToArray(),
                Bodies = messages.Select(m => JsonSerializer.Serialize(m, OutboxJson.Options)).ToArray(),
            },
            transaction, cancellationToken: cancellationToken));
    }

    // Writes the message in the caller's transaction, so it commits or rolls back with the state it announces, and
    // with the trace it was written in, which the dispatcher continues when it publishes.
    public static Task EnqueueAsync<T>(DbConnection connection, DbTransaction transaction, T message, TimeProvider clock, CancellationToken cancellationToken = default)
        where T : class
    {
        var now = clock.GetUtcNow();
        var trace = OutboxTracing.Current();
        return connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO outbox (message_id, message_type, body, created_at, trace_parent, trace_state)
            VALUES (@MessageId, @MessageType, @Body, @CreatedAt, @TraceParent, @TraceState)
            """,
            new
            {
                MessageId = Guid.CreateVersion7(now),
                MessageType = typeof(T).FullName,
                Body = JsonSerializer.Serialize(message, OutboxJson.Options),
                CreatedAt = now,
                TraceParent = trace.Parent,
                TraceState = trace.State,
            },
            transaction, cancellationToken: cancellationToken));
    }
}
