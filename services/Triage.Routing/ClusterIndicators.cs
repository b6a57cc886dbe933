using System.Data.Common;
using Dapper;
using Triage.Signals.Clusters;

namespace Triage.Routing;

// What ties a stored cluster together: for each kind of link and identifier, how many complaints it touches, most
// first. The analysts' view lists them; a route that the cluster decides names them.
public static class ClusterIndicators
{
    public sealed class Count
    {
        public string Kind { get; init; } = "";
        public byte[]? Hash { get; init; }
        public long Complaints { get; init; }
    }

    public static async Task<IReadOnlyList<Count>> CountAsync(DbConnection connection, string clusterId, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<Count>(
            """
            SELECT x.kind AS Kind, x.hash AS Hash, COUNT(DISTINCT x.complaint) AS Complaints FROM (
                SELECT l.kind, l.identifier_hash AS hash, l.complaint_id AS complaint FROM cluster_links l
                JOIN complaints c ON c.id = l.complaint_id WHERE c.triage_cluster_id = @Id
                UNION ALL
                SELECT l.kind, l.identifier_hash AS hash, l.linked_complaint_id AS complaint FROM cluster_links l
                JOIN complaints c ON c.id = l.complaint_id WHERE c.triage_cluster_id = @Id
            ) x GROUP BY x.kind, x.hash ORDER BY COUNT(DISTINCT x.complaint) DESC, x.kind
            """, new { Id = clusterId }, transaction)).AsList();

    public static ClusterEvidence Evidence(int size, IEnumerable<Count> counts) =>
        ClusterEvidence.FromCounts(size, counts
            .Where(c => Enum.IsDefined(typeof(ClusterLinkKind), c.Kind))
            .Select(c => (Enum.Parse<ClusterLinkKind>(c.Kind), c.Hash is null ? null : Convert.ToHexString(c.Hash), (int)c.Complaints)));
}
