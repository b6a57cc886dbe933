using System.Data.Common;
using Dapper;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Signals.Categories;
using Triage.Signals.Clusters;
using Triage.Storage;

namespace Triage.Routing;

// Decides the route of scored complaints afresh from what is stored now, and writes a change only when the route
// changes: the new destination on the complaint, a row in its route history, and ComplaintRouted in the outbox, all in
// the caller's transaction. Every trigger (a score, a cluster flag, a verdict) ends here, so the outcome is the same
// whichever arrives first.
public sealed class RouteWriter(Database database, RouteDecider decider, PersonalDataProtector protector, TimeProvider clock)
{
    public Task<IReadOnlyList<ComplaintRouted>> RerouteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<Guid> complaintIds,
        CancellationToken cancellationToken) =>
        RerouteAsync(connection, transaction, complaintIds, BatchTraces.None, cancellationToken);

    // traces (a batch's) holds each complaint's own span: its ComplaintRouted continues the complaint's trace.
    public async Task<IReadOnlyList<ComplaintRouted>> RerouteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<Guid> complaintIds,
        BatchTraces traces, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return [];
        var rows = await connection.QueryAsync<RoutingRow>(
            new CommandDefinition($"""
             SELECT c.id, c.status, c.category, c.personal,
                    c.triage_score AS Score, c.triage_suspect AS Suspect, c.triage_model_version AS ModelVersion, c.triage_cluster_id AS ClusterId,
                    c.route_destination AS Destination
             FROM complaints c WHERE {database.Dialect.InList("c.id", "@Ids")} ORDER BY c.id {database.Dialect.ForUpdate}
             """,
            new { Ids = database.Dialect.Uuids(complaintIds) }, transaction, cancellationToken: cancellationToken));
        var verdicts = await AnalystLabels.CountingAsync(connection, database, complaintIds, transaction, cancellationToken);
        var clusterIds = rows.Select(r => r.ClusterId).OfType<string>().Distinct().ToList();
        var clusters = clusterIds.Count == 0
            ? []
            : (await connection.QueryAsync<ClusterRow>(
                new CommandDefinition($"SELECT id, status, suspect, size, risk FROM clusters WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Ids = database.Dialect.List(clusterIds) }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Id, c => new ClusterState(c.Id, c.Status, c.Suspect, c.Size, c.Risk));
        var facts = rows.Where(r => r.Score is not null)
            .Select(r => (Row: r, Facts: new RouteFacts(r.Score!.Value, r.Suspect == true, r.ModelVersion,
                r.ClusterId is { } id ? clusters.GetValueOrDefault(id) : null, r.Category, verdicts.GetValueOrDefault(r.Id)?.OnComplaint)))
            .ToList();
        var evidence = await ExplainAsync(connection, transaction, facts.Select(f => f.Facts).Where(RouteDecider.RoutedByCluster).Select(f => f.Cluster!).ToList(),
            cancellationToken);

        var now = clock.GetUtcNow();
        var changes = new List<(RoutingRow Row, RouteDecision Decision)>();
        foreach (var (row, fact) in facts)
        {
            var explained = fact.Cluster is { } cluster && evidence.TryGetValue(cluster.Id, out var found)
                ? fact with { Cluster = cluster with { Evidence = found } }
                : fact;
            var decision = decider.Decide(explained, () => CategoryInference.Infer(ComplaintPersonalData.OpenForSignals(protector, row.Personal).Text));
            if (decision.Destination != row.Destination || row.Status != ComplaintStatus.Routed)
                changes.Add((row, decision));
        }
        await WriteAsync(connection, transaction, changes, now, cancellationToken);
        var routed = changes.Select(c => new ComplaintRouted(c.Row.Id, c.Decision.Destination, c.Decision.Reason, c.Row.Destination, now)).ToList();
        await Outbox.EnqueueManyAsync(connection, transaction, traces.Of(routed, m => m.ComplaintId), database.Dialect, clock, cancellationToken);
        return routed;
    }

    // What ties a cluster together, read only for the clusters whose flag decides a route, in one query for all of them.
    // The size in the reason is the one counted with the indicators: read committed gives each statement its own
    // snapshot, and a member that joined in between must not make "7 of 6".
    private async Task<Dictionary<string, ClusterEvidence>> ExplainAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyCollection<ClusterState> deciding, CancellationToken cancellationToken)
    {
        var ids = deciding.Select(c => c.Id).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var counts = await ClusterIndicators.CountManyAsync(connection, database.Dialect, ids, transaction, cancellationToken);
        return deciding.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => counts.GetValueOrDefault(c.Id) is { Count: > 0 } found
            ? ClusterIndicators.Evidence((int)found[0].Members, found)
            : ClusterIndicators.Evidence(c.Size, []));
    }

    // The new destinations and their history rows: on PostgreSQL two statements for the whole set, on SQLite row by
    // row, which costs no round trips.
    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(RoutingRow Row, RouteDecision Decision)> changes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return;
        if (database.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE complaints AS c SET status = 'routed', route_destination = u.destination, route_reason = u.reason, routed_at = @Now
                FROM unnest(@Ids, @Destinations, @Reasons) AS u(id, destination, reason) WHERE c.id = u.id;
                INSERT INTO complaint_routes (complaint_id, destination, reason, score, model_version, cluster_id, routed_at)
                SELECT id, destination, reason, score, model_version, cluster_id, @Now
                FROM unnest(@Ids, @Destinations, @Reasons, @Scores, @Models, @Clusters) AS u(id, destination, reason, score, model_version, cluster_id);
                """,
                new
                {
                    Ids = changes.Select(c => c.Row.Id).ToArray(), Destinations = changes.Select(c => c.Decision.Destination).ToArray(),
                    Reasons = changes.Select(c => c.Decision.Reason).ToArray(), Scores = changes.Select(c => c.Row.Score!.Value).ToArray(),
                    Models = changes.Select(c => c.Row.ModelVersion).ToArray(), Clusters = changes.Select(c => c.Row.ClusterId).ToArray(), Now = now,
                },
                transaction, cancellationToken: cancellationToken));
            return;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE complaints SET status = 'routed', route_destination = @Destination, route_reason = @Reason, routed_at = @Now WHERE id = @Id;
            INSERT INTO complaint_routes (complaint_id, destination, reason, score, model_version, cluster_id, routed_at)
            VALUES (@Id, @Destination, @Reason, @Score, @ModelVersion, @ClusterId, @Now);
            """,
            changes.Select(c => new { c.Row.Id, c.Decision.Destination, c.Decision.Reason, c.Row.Score, c.Row.ModelVersion, c.Row.ClusterId, Now = now }),
            transaction, cancellationToken: cancellationToken));
    }

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
    }
}
