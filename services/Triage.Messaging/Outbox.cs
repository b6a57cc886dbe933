using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Storage;

namespace Triage.Messaging;

public static class Outbox
{
    // Many messages of one type in one statement on PostgreSQL (a rescoring chunk's thousands of events); one by one
    // on SQLite, where a statement costs no round trip. Every row is written under the current trace.
    public static Task EnqueueManyAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> messages, SqlDialect dialect, TimeProvider clock,
        CancellationToken cancellationToken = default)
        where T : class
    {
        var current = OutboxTracing.Current();
        return EnqueueManyAsync(connection, transaction, messages.Select(m => (m, current)).ToList(), dialect, clock, cancellationToken);
    }

    // The same, each row under a trace of its own (a batch's messages each continue their complaint's trace: BatchTraces).
    public static async Task EnqueueManyAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<(T Message, OutboxTrace Trace)> rows,
        SqlDialect dialect, TimeProvider clock, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
            return;
        var now = clock.GetUtcNow();
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var (message, trace) in rows)
                await InsertAsync(connection, transaction, message, trace, now, cancellationToken);
            return;
        }
        var parameters = new DynamicParameters();
        AddPostgresRows(parameters, rows, now);
        await connection.ExecuteAsync(new CommandDefinition(PostgresInsert(), parameters, transaction, cancellationToken: cancellationToken));
    }

    // The rows of several messages on PostgreSQL, as arrays (PostgresInsert's parameters), so that a caller can write them
    // in a statement of its own, e.g. only when the state they announce was stored (Intake's one-statement submission).
    public static void AddPostgresRows<T>(DynamicParameters parameters, IReadOnlyList<(T Message, OutboxTrace Trace)> rows, DateTimeOffset now)
        where T : class
    {
        parameters.Add("MessageType", typeof(T).FullName);
        parameters.Add("CreatedAt", now);
        parameters.Add("Ids", rows.Select(_ => Guid.CreateVersion7(now)).ToArray());
        parameters.Add("Bodies", rows.Select(r => JsonSerializer.Serialize(r.Message, OutboxJson.Options)).ToArray());
        parameters.Add("Parents", rows.Select(r => r.Trace.Parent).ToArray());
        parameters.Add("States", rows.Select(r => r.Trace.State).ToArray());
    }

    // condition: a WHERE clause that decides whether the rows are written at all.
    public static string PostgresInsert(string condition = "") => $"""
        INSERT INTO outbox (message_id, message_type, body, created_at, trace_parent, trace_state)
        SELECT id, @MessageType, body, @CreatedAt, parent, state FROM unnest(@Ids, @Bodies, @Parents, @States) AS m(id, body, parent, state) {condition}
        """;

    // Writes the message in the caller's transaction, so it commits or rolls back with the state it announces, and
    // with the trace it was written in, which the dispatcher continues when it publishes.
    public static Task EnqueueAsync<T>(DbConnection connection, DbTransaction transaction, T message, TimeProvider clock, CancellationToken cancellationToken = default)
        where T : class =>
        InsertAsync(connection, transaction, message, OutboxTracing.Current(), clock.GetUtcNow(), cancellationToken);

    private static Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, T message, OutboxTrace trace,
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
