using System.Data.Common;
using Dapper;
using Triage.Signals.Clusters;
using Triage.Scoring.Clusters;
using Triage.Storage;

namespace Triage.Rescoring;

// The writes of the clusters' recomputation, whatever their number: on PostgreSQL one statement each (arrays through
// `unnest`), on SQLite a statement a row or a JSON list, where a statement costs no round trip.
public sealed class ClusterChanges(SqlDialect dialect, DbConnection connection, DbTransaction transaction, DateTimeOffset now)
{
    // A first run over a store without clusters moves hundreds of thousands of complaints in one statement: longer
    // than the storage's default command timeout allows.
    public const int CommandTimeoutSeconds = 1_800;

    private bool Postgres => dialect.Provider == StorageProvider.Postgres;

    public Task CreateAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        NewClusters.CreateAsync(connection, transaction, dialect, ids, now, cancellationToken, CommandTimeoutSeconds);

    // Each complaint to its cluster, or to none.
    public async Task MoveAsync(IReadOnlyDictionary<Guid, string?> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0)
            return;
        if (Postgres)
        {
            await connection.ExecuteAsync(
                new CommandDefinition("UPDATE complaints AS c SET triage_cluster_id = u.cluster FROM unnest(@Ids, @Clusters) AS u(id, cluster) WHERE c.id = u.id",
                new { Ids = targets.Keys.ToArray(), Clusters = targets.Values.ToArray() }, transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
            return;
        }
        foreach (var group in targets.GroupBy(t => t.Value))
            await connection.ExecuteAsync(new CommandDefinition($"UPDATE complaints SET triage_cluster_id = @Cluster WHERE {dialect.InList("id", "@Ids")}",
                new { Cluster = group.Key, Ids = dialect.Uuids(group.Select(g => g.Key)) }, transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
    }

    // The moved complaints' stored links give way to the given ones.
    public async Task RelinkAsync(IReadOnlyList<Guid> moved, IReadOnlyList<ClusterLink> links, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            new CommandDefinition($"DELETE FROM cluster_links WHERE {dialect.InList("complaint_id", "@Ids")} OR {dialect.InList("linked_complaint_id", "@Ids")}",
            new { Ids = dialect.Uuids(moved) }, transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
        if (links.Count == 0)
            return;
        if (Postgres)
            await connection.ExecuteAsync(
                new CommandDefinition("""
                INSERT INTO cluster_links (complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at)
                SELECT f, t, k, s, CASE WHEN h IS NULL THEN NULL ELSE decode(h, 'hex') END, @Now
                FROM unnest(@From, @To, @Kinds, @Strengths, @Hashes) AS u(f, t, k, s, h) ON CONFLICT DO NOTHING
                """,
                new
                {
                    From = links.Select(l => l.From).ToArray(), To = links.Select(l => l.To).ToArray(), Kinds = links.Select(l => l.Kind.ToString()).ToArray(),
                    Strengths = links.Select(l => l.Strength).ToArray(), Hashes = links.Select(l => l.IdentifierHash).ToArray(), Now = now,
                }, transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
        else
            await connection.ExecuteAsync(
                new CommandDefinition("""
                INSERT INTO cluster_links (complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at)
                VALUES (@From, @To, @Kind, @Strength, @Hash, @Now) ON CONFLICT DO NOTHING
                """,
                links.Select(l => new
                {
                    l.From, l.To, Kind = l.Kind.ToString(), l.Strength, Hash = l.IdentifierHash is { } h ? Convert.FromHexString(h) : null, Now = now,
                }), transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
    }

    public Task UpdateAsync(IReadOnlyList<ClusterUpdate> updates, CancellationToken cancellationToken) =>
        ClusterUpdates.WriteAsync(connection, transaction, dialect, updates, now, cancellationToken, CommandTimeoutSeconds);

    public async Task<List<Guid>> MembersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        var members = await connection.QueryAsync<Guid>(
            new CommandDefinition($"SELECT id FROM complaints WHERE {dialect.InList("triage_cluster_id", "@Ids")}",
                new { Ids = dialect.List(clusters) }, transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
        return members.AsList();
    }
}
