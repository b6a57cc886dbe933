using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Routing;
using Triage.Scoring;
using Triage.Scoring.Clusters;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Storage;

namespace Triage.Rescoring;

// One chunk of a run: hindsight signals for its complaints over the run's in-memory corpus, the active model over
// all of them in one Transform, and in one transaction the complaints whose decision changed (new triage columns,
// a `hindsight` score row and ComplaintScored, a fresh route that still respects analysts' verdicts), the chunk marked done, the run's
// counters moved on, and the run's last step (RecomputeClusters) asked for by whichever chunk is last. A chunk already
// done changes nothing.
public sealed class ChunkRescorer(Database database, RunCorpora corpora, ModelProvider models, IOptions<ScoringOptions> scoring,
    RouteWriter routes, ClusterAssigner clusters, OutboxSignal outboxSignal, TimeProvider clock, ILogger<ChunkRescorer> logger)
{
    private const double ScoreTolerance = 1e-6;

    public async Task<ChunkOutcome> RescoreAsync(Guid runId, int chunk, CancellationToken cancellationToken)
    {
        var (run, range) = await ReadAsync(runId, chunk, cancellationToken);
        if (run is null || range is null || range.DoneAt is not null)
            return ChunkOutcome.AlreadyDone;

        var begun = clock.GetUtcNow();
        var (corpus, facts) = await corpora.ForRunAsync(runId, run.Since, run.Until, cancellationToken);
        var read = clock.GetUtcNow();
        var timer = Stopwatch.StartNew();
        var members = facts.Chunk(run.Since, run.Until, range.PreviousAt, range.PreviousId, range.LastAt, range.LastId);
        var selected = timer.Elapsed;
        var signals = new SignalVector[members.Count];
        // The cluster links come from the same text query as the signals and wait for the run's last step.
        await Parallel.ForAsync(0, members.Count, cancellationToken, async (i, ct) =>
        {
            var (vector, links) = await corpus.SignalsAndLinksAsync(members[i], ct, RunFacts.SightingsRead);
            signals[i] = vector;
            facts.KeepLinks(members[i].Id, links);
        });
        var signalled = timer.Elapsed;
        var now = clock.GetUtcNow();
        var decisions = ComplaintScorer.DecideBatch(await models.GetAsync(cancellationToken), members.Select((m, i) => (m, signals[i])).ToList(), SignalMode.Hindsight,
            scoring.Value.Threshold, now);
        var decided = timer.Elapsed;

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var done = await connection.ExecuteAsync(
            new CommandDefinition("UPDATE rescoring_chunks SET done_at = @Now WHERE run_id = @Run AND chunk = @Chunk AND done_at IS NULL",
                new { Now = now, Run = runId, Chunk = chunk }, transaction, cancellationToken: cancellationToken));
        if (done == 0)
            return ChunkOutcome.AlreadyDone;
        var stored = (await connection.QueryAsync<StoredTriage>(
                new CommandDefinition(
                    $"SELECT id, triage_score AS Score, triage_suspect AS Suspect, triage_model_version AS ModelVersion, triage_cluster_id AS ClusterId FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}",
                    new { Ids = database.Dialect.Uuids(members.Select(m => m.Id)) }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(s => s.Id);
        var changes = new List<(Guid Id, TriageResult Decision, string? ClusterId)>();
        for (var i = 0; i < members.Count; i++)
        {
            var decision = decisions[i];
            if (stored.GetValueOrDefault(members[i].Id) is not { } before)
                continue;
            if (before.Score is { } score && Math.Abs(score - decision.Score) < ScoreTolerance && (before.Suspect == true) == decision.Suspect && before.ModelVersion == decision.ModelVersion)
                continue;
            changes.Add((members[i].Id, decision, before.ClusterId));
        }
        // The clusters whose members' scores move are locked before the scores are written, as online scoring does,
        // then their size, risk and flag are brought up to date; a cluster that now meets the limits is flagged.
        var touched = changes.Select(c => c.ClusterId).OfType<string>().Distinct().ToList();
        await new ClusterLocks(database).AcquireAsync(connection, transaction, touched.Select(ClusterLocks.ForCluster), cancellationToken);
        await ChangedDecisions.WriteAsync(connection, transaction, database.Dialect, changes, clock, cancellationToken);
        var changed = changes.Select(c => c.Id).ToList();
        var flagged = new List<string>();
        foreach (var cluster in touched)
            if (await clusters.RefreshAsync(connection, transaction, cluster, now, cancellationToken) is { } flag)
            {
                await Outbox.EnqueueAsync(connection, transaction, flag, clock, cancellationToken);
                flagged.Add(cluster);
            }
        var reroute = flagged.Count == 0
            ? changed
            : changed.Union(await connection.QueryAsync<Guid>(
                new CommandDefinition($"SELECT id FROM complaints WHERE {database.Dialect.InList("triage_cluster_id", "@Clusters")}",
                    new { Clusters = flagged }, transaction, cancellationToken: cancellationToken))).ToList();
        var rerouting = timer.Elapsed;
        var rerouted = await routes.RerouteAsync(connection, transaction, reroute, cancellationToken);
        var routed = timer.Elapsed;
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE rescoring_chunks SET processed = @Processed, changed = @Changed WHERE run_id = @Run AND chunk = @Chunk",
            new { Processed = members.Count, Changed = changed.Count, Run = runId, Chunk = chunk }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE rescoring_runs SET processed = processed + @Processed, changed = changed + @Changed, chunks_done = chunks_done + 1,
                status = 'running', started_at = COALESCE(started_at, @Now),
                chunks_started_at = COALESCE(chunks_started_at, @Begun), window_read_at = COALESCE(window_read_at, @Read),
                chunks_done_at = CASE WHEN chunks_done + 1 = chunks THEN @Done ELSE chunks_done_at END
            WHERE id = @Run
            """,
            new { Processed = members.Count, Changed = changed.Count, Run = runId, Now = now, Begun = begun, Read = read, Done = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        // Exactly one chunk sees the last increment: it asks for the run's last step, the clusters recomputed whole.
        var last = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT CASE WHEN chunks_done = chunks AND status = 'running' THEN 1 ELSE 0 END FROM rescoring_runs WHERE id = @Run",
                new { Run = runId }, transaction, cancellationToken: cancellationToken));
        if (last == 1)
            await Outbox.EnqueueAsync(connection, transaction, new RecomputeClusters(runId), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        logger.LogInformation("Rescoring run {RunId} chunk {Chunk} took {Select:0} ms choosing members, {Signals:0} ms signals, {Transform:0} ms Transform, {Write:0} ms writing decisions, {Reroute:0} ms re-routing, {Commit:0} ms counters and commit",
            runId, chunk, selected.TotalMilliseconds, (signalled - selected).TotalMilliseconds, (decided - signalled).TotalMilliseconds,
            (rerouting - decided).TotalMilliseconds, (routed - rerouting).TotalMilliseconds, (timer.Elapsed - routed).TotalMilliseconds);
        logger.LogInformation("Rescoring run {RunId} chunk {Chunk}: {Processed} complaints, {Changed} changed, {Rerouted} re-routed{Completed}",
            runId, chunk, members.Count, changed.Count, rerouted.Count, last == 1 ? "; last chunk, clusters next" : "");
        return new ChunkOutcome(members.Count, changed.Count, last == 1);
    }

    private async Task<(RunRow? Run, ChunkRange? Range)> ReadAsync(Guid runId, int chunk, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var run = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition($"SELECT {RunRow.Columns} FROM rescoring_runs WHERE id = @Run",
            new { Run = runId }, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<ChunkRow>(
            new CommandDefinition("SELECT chunk, last_received_at AS LastAt, last_id, done_at FROM rescoring_chunks WHERE run_id = @Run AND chunk IN (@Previous, @Chunk)",
            new { Run = runId, Previous = chunk - 1, Chunk = chunk }, cancellationToken: cancellationToken))).ToDictionary(r => r.Chunk);
        if (!rows.TryGetValue(chunk, out var own))
            return (run, null);
        var previous = rows.GetValueOrDefault(chunk - 1);
        return (run, new ChunkRange(previous?.LastAt, previous?.LastId, own.LastAt, own.LastId, own.DoneAt));
    }

    private sealed record ChunkRange(DateTimeOffset? PreviousAt, Guid? PreviousId, DateTimeOffset LastAt, Guid LastId, DateTimeOffset? DoneAt);

    private sealed class ChunkRow
    {
        public int Chunk { get; init; }
        public DateTimeOffset LastAt { get; init; }
        public Guid LastId { get; init; }
        public DateTimeOffset? DoneAt { get; init; }
    }

    private sealed class StoredTriage
    {
        public Guid Id { get; init; }
        public double? Score { get; init; }
        public bool? Suspect { get; init; }
        public string? ModelVersion { get; init; }
        public string? ClusterId { get; init; }
    }
}
