using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Triage.Contracts;

namespace Triage.LoadTest.Online;

// Accepted → scored → routed per complaint, from the store itself: submitted_at is written when intake commits, the
// scorer's commit is read as below, the first complaint_routes row is when routing first decides. All clocks are the
// same machine's. A score's scored_at is the time it was decided, before the scorer's transaction waits for its cluster
// locks; on PostgreSQL, where several scorers take turns on a cluster, "scored" is therefore the time the complaint's
// ComplaintScored row entered the outbox, the transaction's last step before it commits; on SQLite, one writer at a
// time, the first complaint_scores row's scored_at. (Read from scored_at on PostgreSQL too, the scorers' lock waits
// counted as routing's: docs/benchmarks.md, "Routing without row locks, tried".)
public sealed class RoutedLedger(Func<DbConnection> connect, string scored)
{
    public static RoutedLedger Sqlite(string file) => new(() => new SqliteConnection($"Data Source={file};Mode=ReadOnly"),
        "SELECT complaint_id AS id, MIN(scored_at) AS at FROM complaint_scores GROUP BY complaint_id");

    public static RoutedLedger Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString),
        $"SELECT (body::json ->> 'complaintId')::uuid AS id, MIN(created_at) AS at FROM outbox WHERE message_type = '{typeof(ComplaintScored).FullName}' GROUP BY 1");

    public async Task<(long Stored, long Routed)> CountAsync()
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // routed_at is written with the complaint's route (cheap to count: the tool polls while the services work).
        command.CommandText = "SELECT COUNT(*), COUNT(routed_at) FROM complaints";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<(DateTimeOffset Accepted, DateTimeOffset Scored, DateTimeOffset Routed)>> ReadAsync()
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.submitted_at, MIN(s.at), MIN(r.routed_at)
            FROM complaints c JOIN complaint_routes r ON r.complaint_id = c.id LEFT JOIN ({scored}) s ON s.id = c.id GROUP BY c.id, c.submitted_at
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(DateTimeOffset, DateTimeOffset, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            var routed = Instant(reader.GetValue(2));
            rows.Add((Instant(reader.GetValue(0)), reader.IsDBNull(1) ? routed : Instant(reader.GetValue(1)), routed));
        }
        return rows;
    }

    // Waits until every stored complaint has a route; false when nothing moved for the given time.
    public async Task<bool> AllRoutedAsync(long expected, TimeSpan stall)
    {
        var last = (Routed: -1L, At: Stopwatch.GetTimestamp());
        while (true)
        {
            var (stored, routed) = await CountAsync();
            if (stored >= expected && routed >= stored)
                return true;
            if (routed != last.Routed)
                last = (routed, Stopwatch.GetTimestamp());
            else if (Stopwatch.GetElapsedTime(last.At) > stall)
                return false;
            // Every two seconds: the count reads every complaint row, and the figures come from the stored times, not
            // from when the tool notices (polled every 500 ms, the count was PostgreSQL's most frequent slow statement).
            await Task.Delay(2000);
        }
    }

    private static DateTimeOffset Instant(object value) => value switch
    {
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidCastException($"not a time: {value.GetType().Name}"),
    };
}
