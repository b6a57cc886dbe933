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
    private const int RerouteSlice = 5_000;

    public async Task<ClusterRecomputeOutcome> RecomputeAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await ReadRunAsync(runId, cancellationToken);
        if (run is not { Status: RunStatus.Running } || run.ChunksDone < run.Chunks)
            return ClusterRecomputeOutcome.NotDue;

        var begun = clock.GetUtcNow();
        var (corpus, facts) = await corpora.ForRunAsync(runId, run.Since, run.Until, cancellationToken);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var inWindow = facts.All.Where(f => f.ReceivedAt >= run.Since && f.ReceivedAt < run.Until).ToList();
        var window = inWindow.Select(f => f.Id).ToHashSet();
        // Links this worker found with its chunks' signals; the other workers' chunks are linked here.
        var found = new IReadOnlyList<ClusterLink>[inWindow.Count];
        var reused = 0;
        await Parallel.ForAsync(0, inWindow.Count, cancellationToken, async (i, ct) =>
        {
            if (facts.Links.TryGetValue(inWindow[i].Id, out var kept))
            {
                found[i] = kept;
                Interlocked.Increment(ref reused);
            }
            else
                found[i] = RunFacts.Strongest(await corpus.LinksAsync(inWindow[i], ct, RunFacts.SightingsRead));
        });
        var links = found.SelectMany(l => l).ToList();
        var nodes = window.Concat(links.Select(l => l.To)).Distinct().Order().ToList();
        var partition = new ClusterBuilder(options).Build(nodes, links);
        var linking = timer.Elapsed;

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAllAsync(connection, transaction, cancellationToken);
        var status = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition($"SELECT status FROM rescoring_runs WHERE id = @Run {database.Dialect.ForUpdate}",
                new { Run = runId }, transaction, cancellationToken: cancellationToken));
        if (status != RunStatus.Running)
            return ClusterRecomputeOutcome.NotDue;

        var stored = await MembershipAsync(connection, transaction, run, facts.All, cancellationToken);
        var clusters = await ClustersAsync(connection, transaction, stored.Values.OfType<string>().Distinct().ToList(), cancellationToken);
        var plan = HindsightClusterPlan.Build(partition.Clusters, window, stored, clusters.ToDictionary(
            c => c.Key, c => new HindsightClusterPlan.StoredCluster(c.Key, c.Value.Status, c.Value.Suspect, c.Value.CreatedAt)));

        // Apply the moves: new clusters first, then every complaint to its cluster (or none).
        var writer = new ClusterChanges(database.Dialect, connection, transaction, now);
        var targets = plan.Moves.ToDictionary(m => m.Key, m => m.Value);
        var created = plan.NewClusters.Select(_ => NewClusters.NewId()).ToList();
        await writer.CreateAsync(created, cancellationToken);
        for (var i = 0; i < created.Count; i++)
        {
            clusters[created[i]] = new ClusterRow { Id = created[i], Status = ClusterState.Open, CreatedAt = now };
            foreach (var member in plan.NewClusters[i])
                targets[member] = created[i];
        }
        await writer.MoveAsync(targets, cancellationToken);
        await writer.RelinkAsync(targets.Keys.ToList(), Relinked(targets, stored, links), cancellationToken);

        var joined = targets.Where(t => t.Value is not null).GroupBy(t => t.Value!).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var left = targets.Where(t => stored.GetValueOrDefault(t.Key) is not null).GroupBy(t => stored[t.Key]!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var afterwards = stored.Where(s => window.Contains(s.Key) && !targets.ContainsKey(s.Key)).Select(s => s.Value).OfType<string>()
            .Concat(joined.Keys).Concat(left.Keys).Distinct().ToList();

        var stats = await ClusterFigures.ReadAsync(connection, transaction, database.Dialect, afterwards, cancellationToken, ClusterChanges.CommandTimeoutSeconds);
        var updates = new List<ClusterChanges.Update>();
        var updated = new List<ClusterUpdated>();
        var flagged = new List<ClusterFlagged>();
        foreach (var id in afterwards)
        {
            var before = clusters[id];
            var after = stats.GetValueOrDefault(id);
            var (size, risk) = after is null ? (0, 0.0) : ((int)after.Size, after.Risk ?? 0);
            var wasSuspect = before.Suspect;
            var suspect = before.Status == ClusterState.Open ? size > 0 && options.IsFlagged(size, risk) : wasSuspect;
            var gained = joined.GetValueOrDefault(id) ?? [];
            var lost = left.GetValueOrDefault(id) ?? [];
            var mergedInto = size == 0 && lost.Count > 0 && lost.Select(l => targets[l]).Distinct().ToList() is [{ } only] ? only : null;
            if (size == before.Size && Math.Abs(risk - before.Risk) < 1e-9 && suspect == wasSuspect && gained.Count == 0 && lost.Count == 0)
                continue;
            updates.Add(new ClusterChanges.Update(id, size, risk, suspect, after?.First, after?.Last, mergedInto));
            if (suspect && !wasSuspect)
                flagged.Add(new ClusterFlagged(id, size, risk, now));
            if (suspect != wasSuspect || gained.Count > 0 || lost.Count > 0)
                updated.Add(new ClusterUpdated(id, size, risk, suspect, wasSuspect, gained, lost, mergedInto, runId, now));
        }
        await writer.UpdateAsync(updates, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, flagged, database.Dialect, clock, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, updated, database.Dialect, clock, cancellationToken);

        var reroute = targets.Keys.ToHashSet();
        reroute.UnionWith(await writer.MembersAsync(updated.Where(u => u.Suspect != u.WasSuspect).Select(u => u.ClusterId).ToList(), cancellationToken));
        var rerouted = new List<ComplaintRouted>();
        // Routes are decided from each complaint's row (sealed data included): in slices, whatever the database.
        foreach (var batch in reroute.Order().Chunk(RerouteSlice))
            rerouted.AddRange(await routes.RerouteAsync(connection, transaction, batch, cancellationToken));

        var completed = await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE rescoring_runs SET status = 'completed', clusters_started_at = @Begun, finished_at = @Finished, clusters_changed = @Clusters, complaints_moved = @Moved
            WHERE id = @Run AND status = 'running'
            """,
            new { Run = runId, Begun = begun, Finished = clock.GetUtcNow(), Clusters = updated.Count, Moved = targets.Count }, transaction, cancellationToken: cancellationToken));
        var totals = await connection.QuerySingleAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run",
            new { Run = runId }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new RescoringCompleted(runId, totals.Total, totals.Changed, now), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        if (completed > 0)
            RescoringMetrics.Completed(totals.ToRun());
        logger.LogInformation(
            "Rescoring run {RunId} recomputed the clusters of {Window} complaints: {Components} clusters in hindsight, {Moved} complaints moved, " +
            "{Clusters} clusters changed ({Raised} flags raised, {Lowered} lowered), {Rerouted} re-routed, {Split} components split, {Refused} links gave way; run completed " +
            "(links and components {Linking:0.0} s, {Reused} complaints' links kept from the chunks; writing {Writing:0.0} s)",
            runId, window.Count, partition.Clusters.Count, targets.Count, updated.Count, updated.Count(u => u.Suspect && !u.WasSuspect),
            updated.Count(u => !u.Suspect && u.WasSuspect), rerouted.Count, partition.Split, partition.RefusedLinks, linking.TotalSeconds, reused,
            (timer.Elapsed - linking).TotalSeconds);
        return new ClusterRecomputeOutcome(completed == 1, partition.Clusters.Count, targets.Count, updated.Count, rerouted.Count);
    }

    // Where the online clustering left the window and its context, read under the lock on every cluster.
    private static async Task<Dictionary<Guid, string?>> MembershipAsync(DbConnection connection, DbTransaction transaction, RunRow run,
        IEnumerable<ComplaintFacts> corpus, CancellationToken cancellationToken)
    {
        var (from, to) = corpus.Aggregate((Min: run.Since, Max: run.Until), (span, f) =>
            (f.ReceivedAt < span.Min ? f.ReceivedAt : span.Min, f.ReceivedAt > span.Max ? f.ReceivedAt : span.Max));
        var rows = await connection.QueryAsync<MemberRow>(
            new CommandDefinition("SELECT id, triage_cluster_id AS ClusterId FROM complaints WHERE received_at >= @From AND received_at <= @To AND triage_cluster_id IS NOT NULL",
            new { From = from, To = to }, transaction, commandTimeout: ClusterChanges.CommandTimeoutSeconds, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.ClusterId);
    }

    private async Task<Dictionary<string, ClusterRow>> ClustersAsync(DbConnection connection, DbTransaction transaction, List<string> ids, CancellationToken cancellationToken)
    {
        var clusters = new Dictionary<string, ClusterRow>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(database.Dialect.ListBatch))
            foreach (var row in await connection.QueryAsync<ClusterRow>(
                         new CommandDefinition($"""
                          SELECT id, status, suspect, size, risk, created_at
                          FROM clusters WHERE {database.Dialect.InList("id", "@Ids")} ORDER BY id {database.Dialect.ForUpdate}
                          """, new { Ids = batch }, transaction, commandTimeout: ClusterChanges.CommandTimeoutSeconds, cancellationToken: cancellationToken)))
                clusters[row.Id] = row;
        return clusters;
    }

    // A moved complaint's stored links are replaced by its hindsight links to the members of its new cluster, so the
    // analyst's page explains the cluster as it now stands.
    private static List<ClusterLink> Relinked(Dictionary<Guid, string?> targets, IReadOnlyDictionary<Guid, string?> stored, List<ClusterLink> links)
    {
        string? ClusterOf(Guid id) => targets.TryGetValue(id, out var target) ? target : stored.GetValueOrDefault(id);
        return links.Where(l => (targets.ContainsKey(l.From) || targets.ContainsKey(l.To)) && ClusterOf(l.From) is { } cluster && cluster == ClusterOf(l.To))
            .ToList();
    }

    private async Task<RunRow?> ReadRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run",
            new { Run = runId }, cancellationToken: cancellationToken));
    }

    private sealed class MemberRow
    {
        public Guid Id { get; init; }
        public string? ClusterId { get; init; }
    }
}

public sealed record ClusterRecomputeOutcome(bool CompletedRun, int Clusters, int Moved, int ClustersChanged, int Rerouted)
{
    public static readonly ClusterRecomputeOutcome NotDue = new(false, 0, 0, 0, 0);
}
