using System.Data.Common;
using Dapper;
using Triage.Storage;

namespace Triage.Scoring.Clusters;

// A cluster's figures and flag as decided from its members: its size, risk, span, whether it is suspect and, when it was
// emptied into another, which.
// Status, when given, replaces the stored one (the online clustering confirms a cluster that absorbed a confirmed one).
public sealed record ClusterUpdate(string Id, int Size, double Risk, bool Suspect, DateTimeOffset? First, DateTimeOffset? Last, string? MergedInto,
    string? Status = null);

// The one writer of clusters' figures and flags onto their rows (which NewClusters creates), for the online clustering
// (LockedClusters), the nightly refresh of a chunk's clusters and the recomputation of the window's: a flag raised is
// stamped with now, a span left unknown (an emptied cluster) keeps the stored one, and a merge is recorded in
// cluster_merges. On PostgreSQL one statement (arrays through `unnest`), on SQLite
// a statement a row, where a statement costs no round trip.
public static class ClusterUpdates
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<ClusterUpdate> updates,
        DateTimeOffset now, CancellationToken cancellationToken, int? commandTimeout = null)
    {
        if (updates.Count == 0)
            return;
        var merged = updates.Where(u => u.MergedInto is not null).ToList();
        if (dialect.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(
                new CommandDefinition("""
                UPDATE clusters AS c SET size = u.size, risk = u.risk, updated_at = @Now, suspect = u.suspect,
                    first_seen = COALESCE(u.first, c.first_seen), last_seen = COALESCE(u.last, c.last_seen),
                    flagged_at = CASE WHEN u.suspect = 1 AND c.suspect = 0 THEN @Now ELSE c.flagged_at END,
                    merged_into = COALESCE(u.merged, c.merged_into), status = COALESCE(u.status, c.status)
                FROM unnest(@Ids, @Sizes, @Risks, @Suspects, @Firsts, @Lasts, @Merged, @Statuses)
                    AS u(id, size, risk, suspect, first, last, merged, status)
                WHERE c.id = u.id
                """,
                new
                {
                    Ids = updates.Select(u => u.Id).ToArray(), Sizes = updates.Select(u => u.Size).ToArray(), Risks = updates.Select(u => u.Risk).ToArray(),
                    Suspects = updates.Select(u => u.Suspect ? 1 : 0).ToArray(), Firsts = updates.Select(u => u.First).ToArray(),
                    Lasts = updates.Select(u => u.Last).ToArray(), Merged = updates.Select(u => u.MergedInto).ToArray(),
                    Statuses = updates.Select(u => u.Status).ToArray(), Now = now,
                }, transaction, commandTimeout: commandTimeout, cancellationToken: cancellationToken));
            if (merged.Count > 0)
                await connection.ExecuteAsync(
                    new CommandDefinition("""
                    INSERT INTO cluster_merges (cluster_id, merged_cluster_id, merged_at) SELECT s, a, @Now FROM unnest(@Survivors, @Absorbed) AS u(s, a)
                    ON CONFLICT DO NOTHING
                    """,
                    new { Survivors = merged.Select(m => m.MergedInto!).ToArray(), Absorbed = merged.Select(m => m.Id).ToArray(), Now = now }, transaction,
                    commandTimeout: commandTimeout, cancellationToken: cancellationToken));
            return;
        }
        await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE clusters SET size = @Size, risk = @Risk, updated_at = @Now, suspect = @Suspect,
                first_seen = COALESCE(@First, first_seen), last_seen = COALESCE(@Last, last_seen),
                flagged_at = CASE WHEN @Suspect = 1 AND suspect = 0 THEN @Now ELSE flagged_at END,
                merged_into = COALESCE(@Merged, merged_into), status = COALESCE(@Status, status)
            WHERE id = @Id
            """,
            updates.Select(u => new
            {
                u.Id, u.Size, u.Risk, Suspect = u.Suspect ? 1 : 0, u.First, u.Last, Merged = u.MergedInto, u.Status, Now = now,
            }), transaction, commandTimeout: commandTimeout, cancellationToken: cancellationToken));
        if (merged.Count > 0)
            await connection.ExecuteAsync(
                new CommandDefinition("INSERT INTO cluster_merges (cluster_id, merged_cluster_id, merged_at) VALUES (@Survivor, @Absorbed, @Now) ON CONFLICT DO NOTHING",
                merged.Select(m => new { Survivor = m.MergedInto, Absorbed = m.Id, Now = now }), transaction, commandTimeout: commandTimeout,
                cancellationToken: cancellationToken));
    }
}
