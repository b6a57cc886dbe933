using System.Data.Common;
using Dapper;

namespace Triage.Tests.Reliability;

// What the fault suite checks after every fault: each stored complaint has a route, none was scored online twice, and
// no route was written twice in a row (a double effect of a redelivered message).
public sealed record Ledger(long Complaints, long Unrouted, long ScoredTwice, long RoutedTwice, long WithoutOnlineScore)
{
    public static async Task<Ledger> ReadAsync(DbConnection connection) => new(
        await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints"),
        await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status <> 'routed' OR route_destination IS NULL"),
        await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM (SELECT complaint_id FROM complaint_scores WHERE mode = 'online' GROUP BY complaint_id HAVING COUNT(*) > 1) AS t"),
        await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM complaint_routes r
            WHERE EXISTS (SELECT 1 FROM complaint_routes p WHERE p.complaint_id = r.complaint_id AND p.id < r.id AND p.destination = r.destination
                          AND NOT EXISTS (SELECT 1 FROM complaint_routes q WHERE q.complaint_id = r.complaint_id AND q.id > p.id AND q.id < r.id))
            """),
        await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM complaint_scores s WHERE s.complaint_id = c.id AND s.mode = 'online')"));

    public bool AllRouted => Complaints > 0 && Unrouted == 0;

    // Waits until at least `total` complaints are routed, with one cheap count a second (the ledger's own queries are
    // heavier); true when they were within the time.
    public static Task<bool> AllRoutedAsync(DbConnection connection, int total, TimeSpan timeout) =>
        Infrastructure.Eventually.HoldsAsync(async () =>
        {
            await Task.Delay(1_000);
            return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'") >= total;
        }, timeout);

    public override string ToString() =>
        $"{Complaints} complaints: {Unrouted} without a route, {ScoredTwice} scored online twice, {RoutedTwice} routed twice in a row, {WithoutOnlineScore} without an online score";
}
