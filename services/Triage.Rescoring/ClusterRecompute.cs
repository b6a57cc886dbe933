using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Routing;
using Triage.Scoring.Clusters;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Storage;

namespace Triage.Rescoring;

// The last step of a run, once every chunk is done: the window's clusters recomputed whole, with the links each
// complaint has in hindsight (later complaints, identifiers that turned out to be hubs), and the differences applied
// in one transaction that holds every cluster: complaints join, leave or move between clusters (HindsightClusterPlan),
// emptied clusters are merged or dissolved, every cluster of the window gets its size, risk and flag from its members'
// hindsight scores (raised or lowered; a decided cluster keeps its analyst's verdict), the members whose cluster or
// cluster flag changed are re-routed, each change is published (ClusterUpdated, ClusterFlagged, ComplaintRouted), and
// the run completes. A run already completed changes nothing.
public sealed class ClusterRecompute(Database database, RunCorpora corpora, ClusterOptions options, RouteWriter routes, OutboxSignal outboxSignal,
    TimeProvider clock, ILogger<ClusterRecompute> logger)
{
    private const int Batch = 500;

    public async Task<ClusterRecomputeOutcome> RecomputeAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await ReadRunAsync(runId, cancellationToken);
        if (run is not { Status: "running" } || run.ChunksDone < run.Chunks)
            return ClusterRecomputeOutcome.NotDue;

        var (corpus, facts) = await corpora.ForRunAsync(runId, run.Since, run.Until, cancellationToken);
        var window = facts.Values.Where(f => f.ReceivedAt >= run.Since && f.ReceivedAt < run.Until).Select(f => f.Id).ToHashSet();
        var found = new IReadOnlyList<ClusterLink>[window.Count];
        var inWindow = window.ToList();
        await Parallel.ForAsync(0, inWindow.Count, cancellationToken, async (i, ct) => found[i] = await corpus.LinksAsync(facts[inWindow[i]], ct));
        var links = found.SelectMany(l => l).ToList();
        var nodes = window.Concat(links.Select(l => l.To)).Distinct().Order().ToList();
        var partition = new ClusterBuilder(options).Build(nodes, links);

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAllAsync(connection, transaction);
        var status = await connection.ExecuteScalarAsync<string>(
            $"SELECT status FROM rescoring_runs WHERE id = @Run {database.Dialect.ForUpdate}", new { Run = runId }, transaction);
        if (status != "running")
            return ClusterRecomputeOutcome.NotDue;

        var stored = await MembershipAsync(connection, transaction, run, facts.Values);
        var clusters = await ClustersAsync(connection, transaction, stored.Values.OfType<string>().Distinct().ToList());
        var plan = HindsightClusterPlan.Build(partition.Clusters, window, stored, clusters.ToDictionary(
            c => c.Key, c => new HindsightClusterPlan.StoredCluster(c.Key, c.Value.Status, c.Value.Suspect == 1, c.Value.CreatedAt)));

        // Apply the moves: new clusters first, then every complaint to its cluster (or none).
        var targets = plan.Moves.ToDictionary(m => m.Key, m => m.Value);
        foreach (var members in plan.NewClusters)
        {
            var id = await ClusterAssigner.CreateAsync(connection, transaction, now);
            clusters[id] = new ClusterRow { Id = id, Status = ClusterState.Open, CreatedAt = now };
            foreach (var member in members)
                targets[member] = id;
        }
        foreach (var group in targets.GroupBy(t => t.Value))
            foreach (var batch in group.Select(g => g.Key).Chunk(Batch))
                await connection.ExecuteAsync($"UPDATE complaints SET triage_cluster_id = @Cluster WHERE {database.Dialect.InList("id", "@Ids")}",
                    new { Cluster = group.Key, Ids = database.Dialect.Uuids(batch) }, transaction);
        await RelinkAsync(connection, transaction, targets, stored, links, now);

        var joined = targets.Where(t => t.Value is not null).GroupBy(t => t.Value!).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var left = targets.Where(t => stored.GetValueOrDefault(t.Key) is not null).GroupBy(t => stored[t.Key]!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var afterwards = stored.Where(s => window.Contains(s.Key) && !targets.ContainsKey(s.Key)).Select(s => s.Value).OfType<string>()
            .Concat(joined.Keys).Concat(left.Keys).Distinct().ToList();

        var updated = new List<ClusterUpdated>();
        var flagChanged = new List<string>();
        foreach (var batch in afterwards.Chunk(Batch))
        {
            var stats = (await connection.QueryAsync<ClusterStats>(
                    $"""
                     SELECT triage_cluster_id AS Id, COUNT(*) AS Size, AVG(triage_score) AS Risk, MIN(received_at) AS First, MAX(received_at) AS Last
                     FROM complaints WHERE {database.Dialect.InList("triage_cluster_id", "@Ids")} GROUP BY triage_cluster_id
                     """, new { Ids = batch }, transaction))
                .ToDictionary(s => s.Id);
            foreach (var id in batch)
            {
                var before = clusters[id];
                var after = stats.GetValueOrDefault(id);
                var (size, risk) = after is null ? (0, 0.0) : ((int)after.Size, after.Risk ?? 0);
                var wasSuspect = before.Suspect == 1;
                var suspect = before.Status switch
                {
                    ClusterState.Open => size > 0 && options.IsFlagged(size, risk),
                    _ => wasSuspect,
                };
                var gained = joined.GetValueOrDefault(id) ?? [];
                var lost = left.GetValueOrDefault(id) ?? [];
                string? mergedInto = null;
                if (size == 0 && lost.Count > 0 && lost.Select(l => targets[l]).Distinct().ToList() is [{ } only])
                    mergedInto = only;
                if (size == 0 && before.Size == 0 && gained.Count == 0)
                    continue;
                await connection.ExecuteAsync(
                    """
                    UPDATE clusters SET size = @Size, risk = @Risk, updated_at = @Now, suspect = @Suspect,
                        first_seen = COALESCE(@First, first_seen), last_seen = COALESCE(@Last, last_seen),
                        flagged_at = CASE WHEN @Suspect = 1 AND suspect = 0 THEN @Now ELSE flagged_at END,
                        merged_into = COALESCE(@MergedInto, merged_into)
                    WHERE id = @Id
                    """,
                    new { Id = id, Size = size, Risk = risk, Now = now, Suspect = suspect ? 1 : 0, after?.First, after?.Last, MergedInto = mergedInto },
                    transaction);
                if (mergedInto is not null)
                    await connection.ExecuteAsync(
                        "INSERT INTO cluster_merges (cluster_id, merged_cluster_id, merged_at) VALUES (@Survivor, @Absorbed, @Now) ON CONFLICT DO NOTHING",
                        new { Survivor = mergedInto, Absorbed = id, Now = now }, transaction);
                if (suspect != wasSuspect)
                    flagChanged.Add(id);
                if (suspect && !wasSuspect)
                    await Outbox.EnqueueAsync(connection, transaction, new ClusterFlagged(id, size, risk, now));
                if (suspect != wasSuspect || gained.Count > 0 || lost.Count > 0)
                {
                    var message = new ClusterUpdated(id, size, risk, suspect, wasSuspect, gained, lost, mergedInto, runId, now);
                    await Outbox.EnqueueAsync(connection, transaction, message);
                    updated.Add(message);
                }
            }
        }

        var reroute = targets.Keys.ToHashSet();
        foreach (var batch in flagChanged.Chunk(Batch))
            reroute.UnionWith(await connection.QueryAsync<Guid>(
                $"SELECT id FROM complaints WHERE {database.Dialect.InList("triage_cluster_id", "@Ids")}", new { Ids = batch }, transaction));
        var rerouted = new List<ComplaintRouted>();
        foreach (var batch in reroute.Order().Chunk(Batch))
            rerouted.AddRange(await routes.RerouteAsync(connection, transaction, batch, cancellationToken));

        var completed = await connection.ExecuteAsync(
            """
            UPDATE rescoring_runs SET status = 'completed', finished_at = @Now, clusters_changed = @Clusters, complaints_moved = @Moved
            WHERE id = @Run AND status = 'running'
            """,
            new { Run = runId, Now = now, Clusters = updated.Count, Moved = targets.Count }, transaction);
        var totals = await connection.QuerySingleAsync<RunRow>($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run", new { Run = runId }, transaction);
        await Outbox.EnqueueAsync(connection, transaction, new RescoringCompleted(runId, totals.Total, totals.Changed, now));
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        logger.LogInformation(
            "Rescoring run {RunId} recomputed the clusters of {Window} complaints: {Components} clusters in hindsight, {Moved} complaints moved, " +
            "{Clusters} clusters changed ({Raised} flags raised, {Lowered} lowered), {Rerouted} re-routed, {Refused} links gave way; run completed",
            runId, window.Count, partition.Clusters.Count, targets.Count, updated.Count, updated.Count(u => u.Suspect && !u.WasSuspect),
            updated.Count(u => !u.Suspect && u.WasSuspect), rerouted.Count, partition.RefusedLinks);
        return new ClusterRecomputeOutcome(completed == 1, partition.Clusters.Count, targets.Count, updated.Count, rerouted.Count);
    }

    // Where the online clustering left the window and its context, read under the lock on every cluster.
    private static async Task<Dictionary<Guid, string?>> MembershipAsync(DbConnection connection, DbTransaction transaction, RunRow run,
        IEnumerable<ComplaintFacts> corpus)
    {
        var (from, to) = corpus.Aggregate((Min: run.Since, Max: run.Until), (span, f) =>
            (f.ReceivedAt < span.Min ? f.ReceivedAt : span.Min, f.ReceivedAt > span.Max ? f.ReceivedAt : span.Max));
        var rows = await connection.QueryAsync<MemberRow>(
            "SELECT id AS Id, triage_cluster_id AS ClusterId FROM complaints WHERE received_at >= @From AND received_at <= @To AND triage_cluster_id IS NOT NULL",
            new { From = from, To = to }, transaction);
        return rows.ToDictionary(r => r.Id, r => r.ClusterId);
    }

    private async Task<Dictionary<string, ClusterRow>> ClustersAsync(DbConnection connection, DbTransaction transaction, List<string> ids)
    {
        var clusters = new Dictionary<string, ClusterRow>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(Batch))
            foreach (var row in await connection.QueryAsync<ClusterRow>(
                         $"""
                          SELECT id AS Id, status AS Status, suspect AS Suspect, size AS Size, risk AS Risk, created_at AS CreatedAt
                          FROM clusters WHERE {database.Dialect.InList("id", "@Ids")} ORDER BY id {database.Dialect.ForUpdate}
                          """, new { Ids = batch }, transaction))
                clusters[row.Id] = row;
        return clusters;
    }

    // A moved complaint's stored links are replaced by its hindsight links to the members of its new cluster, so the
    // analyst's page explains the cluster as it now stands.
    private async Task RelinkAsync(DbConnection connection, DbTransaction transaction, Dictionary<Guid, string?> targets,
        IReadOnlyDictionary<Guid, string?> stored, List<ClusterLink> links, DateTimeOffset now)
    {
        if (targets.Count == 0)
            return;
        foreach (var batch in targets.Keys.Chunk(Batch))
            await connection.ExecuteAsync(
                $"DELETE FROM cluster_links WHERE {database.Dialect.InList("complaint_id", "@Ids")} OR {database.Dialect.InList("linked_complaint_id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(batch) }, transaction);
        string? ClusterOf(Guid id) => targets.TryGetValue(id, out var target) ? target : stored.GetValueOrDefault(id);
        var kept = links
            .Where(l => (targets.ContainsKey(l.From) || targets.ContainsKey(l.To)) && ClusterOf(l.From) is { } cluster && cluster == ClusterOf(l.To))
            .Select(l => new
            {
                l.From, l.To, Kind = l.Kind.ToString(), l.Strength, Hash = l.IdentifierHash is { } h ? Convert.FromHexString(h) : null, Now = now,
            })
            .ToList();
        if (kept.Count > 0)
            await connection.ExecuteAsync(
                """
                INSERT INTO cluster_links (complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at)
                VALUES (@From, @To, @Kind, @Strength, @Hash, @Now) ON CONFLICT DO NOTHING
                """, kept, transaction);
    }

    private async Task<RunRow?> ReadRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RunRow>($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run", new { Run = runId });
    }

    private sealed class MemberRow
    {
        public Guid Id { get; init; }
        public string? ClusterId { get; init; }
    }

    private sealed class ClusterStats
    {
        public string Id { get; init; } = "";
        public long Size { get; init; }
        public double? Risk { get; init; }
        public DateTimeOffset? First { get; init; }
        public DateTimeOffset? Last { get; init; }
    }
}

public sealed record ClusterRecomputeOutcome(bool CompletedRun, int Clusters, int Moved, int ClustersChanged, int Rerouted)
{
    public static readonly ClusterRecomputeOutcome NotDue = new(false, 0, 0, 0, 0);
}
