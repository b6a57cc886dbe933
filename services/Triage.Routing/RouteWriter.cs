using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Signals.Categories;
using Triage.Storage;

namespace Triage.Routing;

// Decides the route of scored complaints afresh from what is stored now, and writes a change only when the route
// changes: the new destination on the complaint, a row in its route history, and ComplaintRouted in the outbox, all in
// the caller's transaction. Every trigger (a score, a cluster flag, a verdict) ends here, so the outcome is the same
// whichever arrives first.
public sealed class RouteWriter(Database database, RouteDecider decider, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<IReadOnlyList<ComplaintRouted>> RerouteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<Guid> complaintIds,
        CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return [];
        var rows = await connection.QueryAsync<RoutingRow>(
            new CommandDefinition($"""
             SELECT c.id, c.status, c.category, c.personal,
                    c.triage_score AS Score, c.triage_suspect AS Suspect, c.triage_model_version AS ModelVersion, c.triage_cluster_id AS ClusterId,
                    c.route_destination AS Destination,
                    (SELECT l.suspect FROM complaint_labels l WHERE l.complaint_id = c.id AND l.source = 'complaint'
                     ORDER BY l.decided_at DESC, l.id DESC LIMIT 1) AS AnalystVerdict
             FROM complaints c WHERE {database.Dialect.InList("c.id", "@Ids")} ORDER BY c.id {database.Dialect.ForUpdate}
             """,
            new { Ids = database.Dialect.Uuids(complaintIds) }, transaction, cancellationToken: cancellationToken));
        var clusterIds = rows.Select(r => r.ClusterId).OfType<string>().Distinct().ToList();
        var clusters = clusterIds.Count == 0
            ? []
            : (await connection.QueryAsync<ClusterStateRow>(
                new CommandDefinition($"SELECT id, status, suspect, size, risk FROM clusters WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Ids = clusterIds }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Id, c => new ClusterState(c.Id, c.Status, c.Suspect, c.Size, c.Risk));
        foreach (var id in clusters.Values.Where(c => c is { Suspect: true, Status: ClusterState.Open }).Select(c => c.Id).ToList())
            clusters[id] = clusters[id] with { Evidence = ClusterIndicators.Evidence(clusters[id].Size, await ClusterIndicators.CountAsync(connection, id, transaction)) };

        var now = clock.GetUtcNow();
        var routed = new List<ComplaintRouted>();
        foreach (var row in rows.Where(r => r.Score is not null))
        {
            var cluster = row.ClusterId is { } id ? clusters.GetValueOrDefault(id) : null;
            var facts = new RouteFacts(row.Score!.Value, row.Suspect == true, row.ModelVersion, cluster, row.Category, row.AnalystVerdict);
            var decision = decider.Decide(facts, () => CategoryInference.Infer(OpenText(row.Personal)));
            if (decision.Destination == row.Destination && row.Status == ComplaintStatus.Routed)
                continue;
            await connection.ExecuteAsync(
                new CommandDefinition("""
                UPDATE complaints SET status = 'routed', route_destination = @Destination, route_reason = @Reason, routed_at = @Now WHERE id = @Id;
                INSERT INTO complaint_routes (complaint_id, destination, reason, score, model_version, cluster_id, routed_at)
                VALUES (@Id, @Destination, @Reason, @Score, @ModelVersion, @ClusterId, @Now);
                """,
                new { row.Id, decision.Destination, decision.Reason, row.Score, row.ModelVersion, row.ClusterId, Now = now }, transaction, cancellationToken: cancellationToken));
            var message = new ComplaintRouted(row.Id, decision.Destination, decision.Reason, row.Destination, now);
            await Outbox.EnqueueAsync(connection, transaction, message, clock, cancellationToken);
            routed.Add(message);
        }
        return routed;
    }

    private string OpenText(byte[] personal) =>
        JsonSerializer.Deserialize<ComplaintPersonalData>(protector.Open(personal), PersonalDataJson.Options)!.Text;

    private sealed class RoutingRow
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string? Category { get; init; }
        public byte[] Personal { get; init; } = [];
        public double? Score { get; init; }
        public bool? Suspect { get; init; }
        public string? ModelVersion { get; init; }
        public string? ClusterId { get; init; }
        public string? Destination { get; init; }
        public bool? AnalystVerdict { get; init; }
    }

    private sealed class ClusterStateRow
    {
        public string Id { get; init; } = "";
        public string Status { get; init; } = "";
        public bool Suspect { get; init; }
        public int Size { get; init; }
        public double Risk { get; init; }
    }
}
