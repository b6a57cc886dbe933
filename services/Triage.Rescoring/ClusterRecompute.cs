using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Triage.Complaints;
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
// in one transaction that holds every cluster: complaints join, leave or move between clusters (HindsightClusterPlan,
// HindsightClusterMoves), emptied clusters are merged or dissolved, every cluster of the window gets its size, risk and
// flag from its members' hindsight scores (HindsightClusterUpdates: raised or lowered; a decided cluster keeps its
// analyst's verdict), the members whose cluster or cluster flag changed are re-routed, each change is published
// (ClusterUpdated, ClusterFlagged, ComplaintRouted), and the run completes. A run already completed changes nothing.
// The deciding steps are pure; this class reads, writes and publishes around them.
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
        var hindsight = await LinkAsync(runId, run, cancellationToken);
        var writing = Stopwatch.StartNew();

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAllAsync(connection, transaction, cancellationToken);
        if (!await StillRunningAsync(connection, transaction, runId, cancellationToken))
            return ClusterRecomputeOutcome.NotDue;

        var stored = await MembershipAsync(connection, transaction, hindsight.From, hindsight.To, cancellationToken);
        var clusters = await ClustersAsync(connection, transaction, stored.Values.OfType<string>().Distinct().ToList(), cancellationToken);
        var plan = HindsightClusterPlan.Build(hindsight.Partition.Clusters, hindsight.Window, stored, clusters.ToDictionary(
            c => c.Key, c => new HindsightClusterPlan.StoredCluster(c.Key, c.Value.Status, c.Value.Suspect, c.Value.CreatedAt)));
        var moves = HindsightClusterMoves.Place(plan, plan.NewClusters.Select(_ => NewClusters.NewId()).ToList(), hindsight.Window, stored);

        var writer = new ClusterChanges(database.Dialect, connection, transaction, now);
        await MoveAsync(writer, moves, hindsight.Links, cancellationToken);
        var figures = await ClusterFigures.ReadAsync(connection, transaction, database.Dialect, moves.Touched, cancellationToken, ClusterChanges.CommandTimeoutSeconds);
        var changes = HindsightClusterUpdates.Decide(moves, clusters, figures, options, runId, now);
        await writer.UpdateAsync(changes.Updates, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, changes.Flagged, database.Dialect, clock, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, changes.Updated, database.Dialect, clock, cancellationToken);
        var rerouted = await RerouteAsync(connection, transaction, writer, moves, changes, cancellationToken);
        var (completed, totals) = await CompleteAsync(connection, transaction, runId, begun, changes.Updated.Count, moves.Targets.Count, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        if (completed)
            RescoringMetrics.Completed(totals.ToRun());
        logger.LogInformation(
            "Rescoring run {RunId} recomputed the clusters of {Window} complaints: {Components} clusters in hindsight, {Moved} complaints moved, " +
            "{Clusters} clusters changed ({Raised} flags raised, {Lowered} lowered), {Rerouted} re-routed, {Split} components split, {Refused} links gave way, " +
            "{TakenApart} groups of repeat complainants taken apart; run completed " +
            "(links and components {Linking:0.0} s, {Reused} complaints' links kept from the chunks; writing {Writing:0.0} s)",
            runId, hindsight.Window.Count, hindsight.Partition.Clusters.Count, moves.Targets.Count, changes.Updated.Count, changes.Raised, changes.Lowered,
            rerouted.Count, hindsight.Partition.Split, hindsight.Partition.RefusedLinks, hindsight.Partition.TakenApart, hindsight.Took.TotalSeconds, hindsight.Reused, writing.Elapsed.TotalSeconds);
        return new ClusterRecomputeOutcome(completed, hindsight.Partition.Clusters.Count, moves.Targets.Count, changes.Updated.Count, rerouted.Count);
    }

    // The window's complaints linked in hindsight and partitioned into clusters, before any lock is taken. Links this
    // worker found with its chunks' signals are kept; the other workers' chunks are linked here.
    private async Task<HindsightLinks> LinkAsync(Guid runId, RunRow run, CancellationToken cancellationToken)
    {
        var (corpus, facts) = await corpora.ForRunAsync(runId, run.Since, run.Until, cancellationToken);
        var timer = Stopwatch.StartNew();
        var inWindow = facts.All.Where(f => f.ReceivedAt >= run.Since && f.ReceivedAt < run.Until).ToList();
        var window = inWindow.Select(f => f.Id).ToHashSet();
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
        // The stored clusters and scores are read over the window and the context around it.
        var (from, to) = facts.All.Aggregate((Min: run.Since, Max: run.Until), (span, f) =>
            (f.ReceivedAt < span.Min ? f.ReceivedAt : span.Min, f.ReceivedAt > span.Max ? f.ReceivedAt : span.Max));
        var scores = await ScoresAsync(from, to, cancellationToken);
        var partition = new ClusterBuilder(options).Build(nodes, links, ComplaintFacts.OrganizationsOf(facts.All), corpus.Rarity, scores,
            ComplaintFacts.TimesOf(facts.All));
        links.AddRange(partition.Attached);
        return new HindsightLinks(window, links, partition, reused, from, to, timer.Elapsed);
    }

    // The complaints' scores as the chunks left them (in hindsight in the window, as stored around it): a group they flag
    // strongly has an outfit's core without an agent identifier (CoreAttachment).
    private async Task<Dictionary<Guid, double>> ScoresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScoreRow>(new CommandDefinition(
            "SELECT id, triage_score FROM complaints WHERE received_at >= @From AND received_at <= @To AND triage_score IS NOT NULL",
            new { From = from, To = to }, commandTimeout: ClusterChanges.CommandTimeoutSeconds, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.TriageScore);
    }

    private async Task<bool> StillRunningAsync(DbConnection connection, DbTransaction transaction, Guid runId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<string>(
            new CommandDefinition($"SELECT status FROM rescoring_runs WHERE id = @Run {database.Dialect.ForUpdate}",
                new { Run = runId }, transaction, cancellationToken: cancellationToken)) == RunStatus.Running;

    // Where the online clustering left the window and its context, read under the lock on every cluster.
    private static async Task<Dictionary<Guid, string?>> MembershipAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset from,
        DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<MemberRow>(
            new CommandDefinition("SELECT id, triage_cluster_id AS ClusterId FROM complaints WHERE received_at >= @From AND received_at <= @To AND triage_cluster_id IS NOT NULL",
            new { From = from, To = to }, transaction, commandTimeout: ClusterChanges.CommandTimeoutSeconds, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.ClusterId);
    }

    private async Task<Dictionary<string, ClusterRow>> ClustersAsync(DbConnection connection, DbTransaction transaction, List<string> ids, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ClusterRow>(
            new CommandDefinition($"""
             SELECT id, status, suspect, size, risk, created_at
             FROM clusters WHERE {database.Dialect.InList("id", "@Ids")} ORDER BY id {database.Dialect.ForUpdate}
             """, new { Ids = database.Dialect.List(ids) }, transaction, commandTimeout: ClusterChanges.CommandTimeoutSeconds, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Id, StringComparer.Ordinal);
    }

    // New clusters first, then every moved complaint to its cluster (or none), then its links.
    private static async Task MoveAsync(ClusterChanges writer, HindsightClusterMoves moves, IReadOnlyList<ClusterLink> links, CancellationToken cancellationToken)
    {
        await writer.CreateAsync(moves.Created, cancellationToken);
        await writer.MoveAsync(moves.Targets, cancellationToken);
        await writer.RelinkAsync(moves.Targets.Keys.ToList(), moves.Relinked(links), cancellationToken);
    }

    // The moved complaints and every member of a cluster whose flag changed. Routes are decided from each complaint's
    // row (sealed data included): in slices, whatever the database.
    private async Task<List<ComplaintRouted>> RerouteAsync(DbConnection connection, DbTransaction transaction, ClusterChanges writer,
        HindsightClusterMoves moves, HindsightClusterUpdates changes, CancellationToken cancellationToken)
    {
        var reroute = moves.Targets.Keys.ToHashSet();
        reroute.UnionWith(await writer.MembersAsync(changes.FlagChanged, cancellationToken));
        var rerouted = new List<ComplaintRouted>();
        foreach (var batch in reroute.Order().Chunk(RerouteSlice))
            rerouted.AddRange(await routes.RerouteAsync(connection, transaction, batch, cancellationToken));
        return rerouted;
    }

    // The run marked completed with its cluster totals, and RescoringCompleted in the outbox.
    private async Task<(bool Completed, RunRow Totals)> CompleteAsync(DbConnection connection, DbTransaction transaction, Guid runId, DateTimeOffset begun,
        int clustersChanged, int moved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var completed = await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE rescoring_runs SET status = 'completed', clusters_started_at = @Begun, finished_at = @Finished, clusters_changed = @Clusters, complaints_moved = @Moved
            WHERE id = @Run AND status = 'running'
            """,
            new { Run = runId, Begun = begun, Finished = clock.GetUtcNow(), Clusters = clustersChanged, Moved = moved }, transaction, cancellationToken: cancellationToken));
        var totals = await connection.QuerySingleAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run",
            new { Run = runId }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new RescoringCompleted(runId, totals.Total, totals.Changed, now), clock, cancellationToken);
        return (completed == 1, totals);
    }

    private async Task<RunRow?> ReadRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run",
            new { Run = runId }, cancellationToken: cancellationToken));
    }

    private sealed record HindsightLinks(IReadOnlySet<Guid> Window, IReadOnlyList<ClusterLink> Links, ClusterPartition Partition, int Reused,
        DateTimeOffset From, DateTimeOffset To, TimeSpan Took);

    private sealed class ScoreRow
    {
        public Guid Id { get; init; }
        public double TriageScore { get; init; }
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
