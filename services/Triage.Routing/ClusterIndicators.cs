using System.Data.Common;
using Dapper;
using Triage.Signals.Clusters;
using Triage.Storage;

namespace Triage.Routing;

// What ties a stored cluster together: for each kind of link and identifier, how many complaints it touches, most
// first. The analysts' view lists them; a route that the cluster decides names them.
public static class ClusterIndicators
{
    public sealed class Count
    {
        public string Cluster { get; init; } = "";
        public string Kind { get; init; } = "";
        public byte[]? Hash { get; init; }
        public long Complaints { get; init; }
        // The cluster's members, counted once per cluster in the same statement (so on PostgreSQL from the same snapshot as the counts).
        public long Members { get; init; }
    }

    // Many clusters in one query (a page of the analysts' list), each cluster's counts most first.
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Count>>> CountManyAsync(DbConnection connection, SqlDialect dialect,
        IReadOnlyCollection<string> clusterIds, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        if (clusterIds.Count == 0)
            return new Dictionary<string, IReadOnlyList<Count>>();
        var counts = await connection.QueryAsync<Count>(new CommandDefinition(Sql(dialect),
            new { Ids = dialect.List(clusterIds) }, transaction, cancellationToken: cancellationToken));
        return counts.GroupBy(c => c.Cluster).ToDictionary(g => g.Key, g => (IReadOnlyList<Count>)g.ToList());
    }

    // The members are found by one probe of the cluster index per cluster (SqlDialect.EachOf), and on PostgreSQL their
    // links by one probe of the links' key per member: joined by the clusters' condition, PostgreSQL scanned every link
    // row (in parallel) when its statistics were behind the table (docs/benchmarks.md, "Plans that do not depend on
    // statistics"). SQLite joins the links to the members.
    private static string Sql(SqlDialect dialect)
    {
        var links = dialect.Provider == StorageProvider.Postgres
            ? """
              SELECT m.cluster, q.kind, q.hash, q.complaint_id, q.linked_complaint_id FROM m
              CROSS JOIN LATERAL (SELECT kind, identifier_hash AS hash, complaint_id, linked_complaint_id FROM cluster_links WHERE complaint_id = m.id OFFSET 0) AS q
              """
            : "SELECT m.cluster, q.kind, q.identifier_hash AS hash, q.complaint_id, q.linked_complaint_id FROM m JOIN cluster_links q ON q.complaint_id = m.id";
        return $"""
                WITH m AS ({dialect.EachOf("c.id, c.triage_cluster_id AS cluster", "complaints c", "c.triage_cluster_id", "@Ids")}),
                n AS (SELECT cluster, COUNT(*) AS n FROM m GROUP BY cluster),
                l AS ({links})
                SELECT x.cluster, x.kind, x.hash, COUNT(DISTINCT x.complaint) AS Complaints, n.n AS Members FROM (
                    SELECT cluster, kind, hash, complaint_id AS complaint FROM l
                    UNION ALL
                    SELECT cluster, kind, hash, linked_complaint_id AS complaint FROM l
                ) x JOIN n ON n.cluster = x.cluster
                GROUP BY x.cluster, x.kind, x.hash, n.n ORDER BY x.cluster, COUNT(DISTINCT x.complaint) DESC, x.kind
                """;
    }

    public static ClusterEvidence Evidence(int size, IEnumerable<Count> counts) =>
        ClusterEvidence.FromCounts(size, counts
            .Where(c => Enum.IsDefined(typeof(ClusterLinkKind), c.Kind))
            .Select(c => (Enum.Parse<ClusterLinkKind>(c.Kind), c.Hash is null ? null : Convert.ToHexString(c.Hash), (int)c.Complaints)));
}
