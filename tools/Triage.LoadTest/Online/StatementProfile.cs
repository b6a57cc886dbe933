using System.Globalization;
using Npgsql;

namespace Triage.LoadTest.Online;

// With --statements N: where PostgreSQL's time went over a measured run, from pg_stat_statements (which the server must
// load: shared_preload_libraries, as deploy/local/postgres.sh does). Reset for the run's database after the warm-up, read
// after the run: the N statements that took the most execution time, with their calls, planning time, rows, shared blocks
// and JIT compilations, and the totals a complaint (the services' statements and this tool's own few reads of the
// ledger; the statements that reset connections going back to a pool said apart). Execution time is wall time inside
// the server, waits and queueing for a core included; shared blocks count the logical work, which is what to compare
// between runs on a busy machine. Planning time is counted only where the server sets pg_stat_statements.track_planning
// (off by default).
public sealed class StatementProfile
{
    private readonly string connectionString;
    private readonly int top;
    private readonly bool planning;

    private StatementProfile(string connectionString, int top, bool planning) =>
        (this.connectionString, this.top, this.planning) = (connectionString, top, planning);

    // Null, with the reason printed, when the server does not load pg_stat_statements.
    public static async Task<StatementProfile?> StartAsync(string connectionString, int top)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var loaded = await ScalarAsync<string>(connection, "SHOW shared_preload_libraries");
        if (!loaded.Split(',').Select(l => l.Trim().Trim('"')).Contains("pg_stat_statements"))
        {
            Console.WriteLine("  statements: pg_stat_statements is not in the server's shared_preload_libraries (deploy/local/postgres.sh " +
                "loads it on a server it creates); no statement figures");
            return null;
        }
        bool planning;
        try
        {
            await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            planning = await ScalarAsync<string>(connection, "SHOW pg_stat_statements.track_planning") == "on";
            await ExecuteAsync(connection, "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
        }
        catch (PostgresException e)
        {
            Console.WriteLine($"  statements: cannot reset pg_stat_statements here ({e.MessageText}); no statement figures");
            return null;
        }
        return new StatementProfile(connectionString, top, planning);
    }

    public async Task PrintAsync(int complaints)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string ThisDatabase = "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
        await using (var totals = new NpgsqlCommand($"""
            SELECT COALESCE(SUM(calls), 0)::bigint, COALESCE(SUM(total_exec_time), 0)::float8, COALESCE(SUM(total_plan_time), 0)::float8,
                   COALESCE(SUM(shared_blks_hit + shared_blks_read), 0)::bigint, COALESCE(SUM(jit_functions), 0)::bigint,
                   COALESCE(SUM(calls) FILTER (WHERE query IN ({ResetStatements})), 0)::bigint
            {ThisDatabase}
            """, connection))
        await using (var reader = await totals.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            var per = Math.Max(1, complaints);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  statements (pg_stat_statements, the measured run): {reader.GetInt64(0):N0} calls ({reader.GetInt64(0) / (double)per:N2} a complaint, " +
                $"{reader.GetInt64(5) / (double)per:N2} of them resetting connections returned to the pool), " +
                $"execution {reader.GetDouble(1) / 1000:N1} s, planning {(planning ? $"{reader.GetDouble(2) / 1000:N1} s" : "not counted (track_planning off)")}, shared blocks {reader.GetInt64(3):N0} ({reader.GetInt64(3) / (double)per:N0} a complaint), " +
                $"JIT-compiled functions {reader.GetInt64(4):N0}"));
        }
        await using var command = new NpgsqlCommand($"""
            SELECT calls, total_exec_time, total_plan_time, rows, shared_blks_hit + shared_blks_read, jit_functions,
                   left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            {ThisDatabase}
            ORDER BY total_exec_time DESC LIMIT @Top
            """, connection);
        command.Parameters.AddWithValue("Top", top);
        await using var rows = await command.ExecuteReaderAsync();
        Console.WriteLine("    calls     exec s  mean ms  plan s       rows      blocks  jit  statement");
        while (await rows.ReadAsync())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rows.GetInt64(0),7:N0} {rows.GetDouble(1) / 1000,10:N2} {rows.GetDouble(1) / Math.Max(1, rows.GetInt64(0)),8:N2} {(planning ? (rows.GetDouble(2) / 1000).ToString("N2", CultureInfo.InvariantCulture) : "-"),7} " +
                $"{rows.GetInt64(3),10:N0} {rows.GetInt64(4),11:N0} {rows.GetInt64(5),4:N0}  {rows.GetString(6)}"));
    }

    // What Npgsql sends when a connection goes back to its pool: DISCARD ALL, or, on a connection holding prepared
    // statements (which DISCARD ALL would drop), the other seven, one round trip either way.
    private const string ResetStatements = "'DISCARD ALL', 'SET SESSION AUTHORIZATION DEFAULT', 'RESET ALL', 'CLOSE ALL', 'UNLISTEN *', " +
        "'SELECT pg_advisory_unlock_all()', 'DISCARD SEQUENCES', 'DISCARD TEMP'";

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
