using System.Data.Common;
using Dapper;
using Triage.Signals.Clusters;
using Triage.Storage;

namespace Triage.Scoring.Clusters;

// A cluster's figures from its members as they now stand: how many, its risk (ClusterRisk over their stored scores) and
// when the first and last arrived. The one query behind the online assigner's refresh and the nightly recomputation; a
// cluster left without members is absent.
public sealed class ClusterFigures
{
    public string Id { get; init; } = "";
    public long Size { get; init; }
    public double? Risk { get; init; }
    public DateTimeOffset? First { get; init; }
    public DateTimeOffset? Last { get; init; }

    public static async Task<Dictionary<string, ClusterFigures>> ReadAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<string> clusters, CancellationToken cancellationToken, int? commandTimeout = null)
    {
        var rows = await connection.QueryAsync<ClusterFigures>(new CommandDefinition(
            $"""
             SELECT triage_cluster_id AS id, COUNT(*) AS size, {ClusterRisk.OverStoredScores} AS risk, MIN(received_at) AS first, MAX(received_at) AS last
             FROM complaints WHERE {dialect.InList("triage_cluster_id", "@Ids")} GROUP BY triage_cluster_id
             """, new { Ids = dialect.List(clusters) }, transaction, commandTimeout: commandTimeout, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Id, StringComparer.Ordinal);
    }
}
