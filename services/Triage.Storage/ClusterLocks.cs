using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Triage.Storage;

// Two scoring instances touching the same cluster (or the same unclustered complaint) take turns; instances working
// on unrelated clusters do not wait for each other. Transaction-scoped advisory locks on PostgreSQL; SQLite already
// runs one writer at a time. A rare circle (keys found only after a first round) is broken by PostgreSQL's deadlock
// detector, and the message is retried. Every transaction that takes cluster locks first takes one key shared; the
// nightly hindsight recomputation, which may move any complaint of the window, takes that key alone and exclusively.
public sealed class ClusterLocks(Database database)
{
    private static readonly long Everything = Hash("clusters");
    private readonly HashSet<long> _held = [];
    private bool _shared;

    public static string ForCluster(string clusterId) => $"cluster:{clusterId}";

    public static string ForComplaint(Guid complaintId) => $"{ComplaintPrefix}{complaintId:N}";

    // The complaint a ForComplaint key names, or null for a cluster's.
    public static Guid? ComplaintOf(string key) =>
        key.StartsWith(ComplaintPrefix, StringComparison.Ordinal) ? Guid.ParseExact(key[ComplaintPrefix.Length..], "N") : null;

    private const string ComplaintPrefix = "complaint:";

    // Locks in a fixed order, so that two transactions wanting the same keys never wait on each other in a circle.
    public async Task<bool> AcquireAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var missing = keys.Select(Hash).Where(k => !_held.Contains(k)).Distinct().Order().ToList();
        if (missing.Count == 0)
            return false;
        if (database.Provider == StorageProvider.Postgres && !_shared)
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock_shared(@Key)",
                new { Key = Everything }, transaction, cancellationToken: cancellationToken));
            _shared = true;
        }
        // One round trip for all of them: PostgreSQL calls a volatile function in the select list after sorting, so the
        // locks are still taken in key order.
        if (database.Provider == StorageProvider.Postgres)
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(k) FROM unnest(@Keys) AS k ORDER BY k",
                new { Keys = missing.ToArray() }, transaction, cancellationToken: cancellationToken));
        _held.UnionWith(missing);
        return true;
    }

    // Every cluster at once: waits for the transactions holding cluster locks and keeps new ones out until commit.
    public async Task AcquireAllAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Postgres)
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = Everything }, transaction, cancellationToken: cancellationToken));
    }

    private static long Hash(string key) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
