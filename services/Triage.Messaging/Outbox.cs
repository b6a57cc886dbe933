using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Storage;

namespace Triage.Messaging;

public static class Outbox
{
    // Many messages of one type in one statement on PostgreSQL (a rescoring chunk's thousands of events); one by one
    // on SQLite, where a statement costs no round trip.
    // Each row is written under traceOf(message) when given (a batch's messages each continue their own trace), else
    // under the current trace.
    public static async Task EnqueueManyAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> messages, SqlDialect dialect, TimeProvider clock,
        CancellationToken cancellationToken = default, Func<T, (string? Parent, string? State)>? traceOf = null)
        where T : class
    {
        if (messages.Count == 0)
            return;
        var now = clock.GetUtcNow();
        var current = OutboxTracing.Current();
        var traces = messages.Select(m => traceOf?.Invoke(m) ?? current).ToList();
        if (dialect.Provider != StorageProvider.Postgres)
        {
            for (var i = 0; i < messages.Count; i++)
                await InsertAsync(connection, transaction, messages[i], traces[i], now, cancellationToken);
            return;
        }
        await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO outbox (message_id, message_type, body, created_at, trace_parent, trace_state)
            SELECT id, @MessageType, body, @CreatedAt, parent, state FROM unnest(@Ids, @Bodies, @Parents, @States) AS m(id, body, parent, state)
            """,
            new
            {
                MessageType = typeof(T).FullName,
                CreatedAt = now,
                Ids = messages.Select(_ => Guid.CreateVersion7(now)).ToArray(),
                Bodies = messages.Select(m => JsonSerializer.Serialize(m, OutboxJson.Options)).ToArray(),
                Parents = traces.Select(t => t.Parent).ToArray(),
                States = traces.Select(t => t.State).ToArray(),
            },
            transaction, cancellationToken: cancellationToken));
    }

    // Writes the message in the caller's transaction, so it commits or rolls back with the state it announces, and
    // with the trace it was written in, which the dispatcher continues when it publishes.
    public static Task EnqueueAsync<T>(DbConnection connection, DbTransaction transaction, T message, TimeProvider clock, CancellationToken cancellationToken = default)
        where T : class =>
        InsertAsync(connection, transaction, message, OutboxTracing.Current(), clock.GetUtcNow(), cancellationToken);

    private static Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, T message, (string? Parent, string? State) trace,
        DateTimeOffset now, CancellationToken cancellationToken)
        where T : class =>
        connection.ExecuteAsync(
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
