using System.Data.Common;
using Dapper;
using Triage.Contracts;
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

    // Writes these figures onto the cluster's row and, when raise is true, flags the cluster now: the announcement to
    // publish, or null when nothing was raised.
    public async Task<ClusterFlagged?> WriteAsync(DbConnection connection, DbTransaction transaction, bool raise, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var risk = Risk ?? 0;
        await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE clusters SET size = @Size, risk = @Risk, first_seen = @First, last_seen = @Last, updated_at = @Now,
                suspect = CASE WHEN @Raise = 1 THEN 1 ELSE suspect END,
                flagged_at = CASE WHEN @Raise = 1 THEN @Now ELSE flagged_at END
            WHERE id = @Id
            """,
            new { Id, Size = (int)Size, Risk = risk, First, Last, Now = now, Raise = raise ? 1 : 0 }, transaction, cancellationToken: cancellationToken));
        return raise ? new ClusterFlagged(Id, (int)Size, risk, now) : null;
    }
}
