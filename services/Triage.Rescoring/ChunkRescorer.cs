using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Classifier;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Routing;
using Triage.Scoring;
using Triage.Scoring.Clusters;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Storage;

namespace Triage.Rescoring;

// One chunk of a run: hindsight signals for its complaints over the run's in-memory corpus, the active model over
// all of them in one Transform, and in one transaction the complaints whose decision changed (ChangedDecisions: new
// triage columns, a `hindsight` score row and ComplaintScored, a fresh route that still respects analysts' verdicts),
// the chunk marked done, the run's counters moved on, and the run's last step (RecomputeClusters) asked for by
// whichever chunk is last. A chunk already done changes nothing.
public sealed class ChunkRescorer(Database database, RunCorpora corpora, ModelProvider models, IOptions<ScoringOptions> scoring,
    RouteWriter routes, ClusterAssigner clusters, OutboxSignal outboxSignal, TimeProvider clock, ILogger<ChunkRescorer> logger)
{
    public async Task<ChunkOutcome> RescoreAsync(Guid runId, int chunk, CancellationToken cancellationToken)
    {
        var (run, range) = await ReadAsync(runId, chunk, cancellationToken);
        if (run is null || range is null || range.DoneAt is not null)
            return ChunkOutcome.AlreadyDone;

        var begun = clock.GetUtcNow();
        var (corpus, facts) = await corpora.ForRunAsync(runId, run.Since, run.Until, cancellationToken);
        var read = clock.GetUtcNow();
        var laps = new Laps();
        var members = facts.Chunk(run.Since, run.Until, range.PreviousAt, range.PreviousId, range.LastAt, range.LastId);
        laps.Selected = laps.Now;
        var signals = await SignalsAsync(corpus, facts, members, cancellationToken);
        laps.Signalled = laps.Now;
        var now = clock.GetUtcNow();
        var (decisions, personCount) = await DecideAsync(corpus, facts, members, signals, now, laps, cancellationToken);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        if (!await MarkDoneAsync(connection, transaction, runId, chunk, now, cancellationToken))
            return ChunkOutcome.AlreadyDone;
        var changes = ChangedDecisions.Among(members.Select(m => m.Id).ToList(), decisions, await StoredAsync(connection, transaction, members, cancellationToken));
        var flagged = await WriteAsync(connection, transaction, changes, now, cancellationToken);
        var changed = changes.Select(c => c.Id).ToList();
        var reroute = flagged.Count == 0 ? changed : changed.Union(await MembersAsync(connection, transaction, flagged, cancellationToken)).ToList();
        laps.Rerouting = laps.Now;
        var rerouted = await routes.RerouteAsync(connection, transaction, reroute, cancellationToken);
        laps.Routed = laps.Now;
        var last = await CountAsync(connection, transaction, runId, chunk, members.Count, changed.Count, (begun, read, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        Log(runId, chunk, laps, personCount, (members.Count, changed.Count, rerouted.Count), last);
        return new ChunkOutcome(members.Count, changed.Count, last);
    }

    private void Log(Guid runId, int chunk, Laps laps, int personCount, (int Processed, int Changed, int Rerouted) counts, bool last)
    {
        logger.LogInformation("Rescoring run {RunId} chunk {Chunk} took {Select:0} ms choosing members, {Signals:0} ms signals, {Transform:0} ms Transform, {Persons:0} ms the person step ({PersonFilings} other filings' signals and Transform), {Write:0} ms writing decisions, {Reroute:0} ms re-routing, {Commit:0} ms counters and commit",
            runId, chunk, laps.Selected.TotalMilliseconds, (laps.Signalled - laps.Selected).TotalMilliseconds, (laps.Assessed - laps.Signalled).TotalMilliseconds,
            (laps.Decided - laps.Assessed).TotalMilliseconds, personCount,
            (laps.Rerouting - laps.Decided).TotalMilliseconds, (laps.Routed - laps.Rerouting).TotalMilliseconds, (laps.Now - laps.Routed).TotalMilliseconds);
        logger.LogInformation("Rescoring run {RunId} chunk {Chunk}: {Processed} complaints, {Changed} changed, {Rerouted} re-routed{Completed}",
            runId, chunk, counts.Processed, counts.Changed, counts.Rerouted, last ? "; last chunk, clusters next" : "");
    }

    // The members' decisions in hindsight: the active model over all of them, then the person step. It raises only a
    // member that is not suspect on its own; the other filings of such members' persons that another chunk holds are
    // scored here too, from the same corpus, so that a member is decided alike whichever chunk holds the rest of its
    // person's filings. Also how many such other filings were scored.
    private async Task<(List<TriageResult> Decisions, int PersonFilings)> DecideAsync(HindsightCorpus corpus, RunFacts facts,
        IReadOnlyList<ComplaintFacts> members, SignalVector[] signals, DateTimeOffset now, Laps laps, CancellationToken cancellationToken)
    {
        var model = await models.GetAsync(cancellationToken);
        var scored = members.Select((m, i) => (m, signals[i])).ToList();
        var assessments = ComplaintScorer.Assess(model, scored);
        laps.Assessed = laps.Now;
        var threshold = model.ThresholdFor(scoring.Value.Threshold);
        var raisable = Enumerable.Range(0, members.Count).Where(i => assessments[i].Score < threshold).ToList();
        var persons = await PersonsAsync(corpus, facts, members, signals, raisable, cancellationToken);
        var candidates = raisable.SelectMany(i => signals[i].Person).Select(f => f.ComplaintId).Distinct().ToList();
        var decisions = ComplaintScorer.DecideInHindsight(model, [.. scored, .. persons], [.. assessments, .. ComplaintScorer.Assess(model, persons)],
                threshold, now, PersonStep.Default, cleared: await ClearedAsync(candidates, cancellationToken))
            .Take(members.Count).ToList();
        laps.Decided = laps.Now;
        return (decisions, persons.Count);
    }

    // The cluster links come from the same text query as the signals and wait for the run's last step.
    private static async Task<SignalVector[]> SignalsAsync(HindsightCorpus corpus, RunFacts facts, IReadOnlyList<ComplaintFacts> members,
        CancellationToken cancellationToken)
    {
        var signals = new SignalVector[members.Count];
        await Parallel.ForAsync(0, members.Count, cancellationToken, async (i, ct) =>
        {
            var (vector, links) = await corpus.SignalsAndLinksAsync(members[i], ct, RunFacts.SightingsRead);
            signals[i] = vector;
            facts.KeepLinks(members[i].Id, links);
        });
        return signals;
    }

    // The other filings, within the person step's window, of these members' persons that another chunk holds, with their
    // signals from the run's corpus.
    private static async Task<List<(ComplaintFacts, SignalVector)>> PersonsAsync(HindsightCorpus corpus, RunFacts facts, IReadOnlyList<ComplaintFacts> members,
        SignalVector[] signals, IEnumerable<int> raisable, CancellationToken cancellationToken)
    {
        var inChunk = members.Select(m => m.Id).ToHashSet();
        var others = raisable.SelectMany(i => signals[i].Person.Where(f => PersonStep.Default.Within(f.At, members[i].ReceivedAt)))
            .Select(f => f.ComplaintId).Where(id => !inChunk.Contains(id)).Distinct()
            .Select(facts.Find).OfType<ComplaintFacts>().ToList();
        var found = new SignalVector[others.Count];
        await Parallel.ForAsync(0, others.Count, cancellationToken, async (i, ct) => found[i] = await corpus.SignalsAsync(others[i], ct));
        return others.Select((o, i) => (o, found[i])).ToList();
    }

    // Of these complaints, those whose analyst label that counts (AnalystLabels: the complaint's own verdict, else its
    // cluster's) says honest.
    private async Task<IReadOnlySet<Guid>> ClearedAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return new HashSet<Guid>();
        await using var connection = await database.OpenAsync(cancellationToken);
        var labels = await AnalystLabels.CountingAsync(connection, database, complaintIds, null, cancellationToken);
        return labels.Values.Where(l => !l.Suspect).Select(l => l.ComplaintId).ToHashSet();
    }

    // False when another worker did the chunk first.
    private static async Task<bool> MarkDoneAsync(DbConnection connection, DbTransaction transaction, Guid runId, int chunk, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE rescoring_chunks SET done_at = @Now WHERE run_id = @Run AND chunk = @Chunk AND done_at IS NULL",
                new { Now = now, Run = runId, Chunk = chunk }, transaction, cancellationToken: cancellationToken)) > 0;

    private async Task<Dictionary<Guid, StoredDecision>> StoredAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ComplaintFacts> members,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<StoredDecision>(
            new CommandDefinition(
                $"SELECT id, triage_score AS Score, triage_suspect AS Suspect, triage_model_version AS ModelVersion, triage_cluster_id AS ClusterId FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(members.Select(m => m.Id)) }, transaction, cancellationToken: cancellationToken)))
        .ToDictionary(s => s.Id);

    // The clusters whose members' scores move are locked before the scores are written, as online scoring does, then
    // their size, risk and flag are brought up to date; a cluster that now meets the limits is flagged. Returns the
    // clusters flagged.
    private async Task<List<string>> WriteAsync(DbConnection connection, DbTransaction transaction,
        List<(Guid Id, TriageResult Decision, string? ClusterId)> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var touched = changes.Select(c => c.ClusterId).OfType<string>().Distinct().ToList();
        await new ClusterLocks(database).AcquireAsync(connection, transaction, touched.Select(ClusterLocks.ForCluster), cancellationToken);
        await ChangedDecisions.WriteAsync(connection, transaction, database.Dialect, changes, clock, cancellationToken);
        var flagged = new List<string>();
        foreach (var cluster in touched)
            if (await clusters.RefreshAsync(connection, transaction, cluster, now, cancellationToken) is { } flag)
            {
                await Outbox.EnqueueAsync(connection, transaction, flag, clock, cancellationToken);
                flagged.Add(cluster);
            }
        return flagged;
    }

    private async Task<IEnumerable<Guid>> MembersAsync(DbConnection connection, DbTransaction transaction, List<string> clusterIds,
        CancellationToken cancellationToken) =>
        await connection.QueryAsync<Guid>(
            new CommandDefinition($"SELECT id FROM complaints WHERE {database.Dialect.InList("triage_cluster_id", "@Clusters")}",
                new { Clusters = database.Dialect.List(clusterIds) }, transaction, cancellationToken: cancellationToken));

    // The chunk's and the run's counters moved on. Exactly one chunk sees the last increment: it asks for the run's last
    // step, the clusters recomputed whole, and true comes back.
    private async Task<bool> CountAsync(DbConnection connection, DbTransaction transaction, Guid runId, int chunk, int processed, int changed,
        (DateTimeOffset Begun, DateTimeOffset Read, DateTimeOffset Now) at, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE rescoring_chunks SET processed = @Processed, changed = @Changed WHERE run_id = @Run AND chunk = @Chunk",
            new { Processed = processed, Changed = changed, Run = runId, Chunk = chunk }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE rescoring_runs SET processed = processed + @Processed, changed = changed + @Changed, chunks_done = chunks_done + 1,
                status = 'running', started_at = COALESCE(started_at, @Now),
                chunks_started_at = COALESCE(chunks_started_at, @Begun), window_read_at = COALESCE(window_read_at, @Read),
                chunks_done_at = CASE WHEN chunks_done + 1 = chunks THEN @Done ELSE chunks_done_at END
            WHERE id = @Run
            """,
            new { Processed = processed, Changed = changed, Run = runId, at.Now, at.Begun, at.Read, Done = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        var last = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT CASE WHEN chunks_done = chunks AND status = 'running' THEN 1 ELSE 0 END FROM rescoring_runs WHERE id = @Run",
                new { Run = runId }, transaction, cancellationToken: cancellationToken)) == 1;
        if (last)
            await Outbox.EnqueueAsync(connection, transaction, new RecomputeClusters(runId), clock, cancellationToken);
        return last;
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

    // Where the time of a chunk went, for its log line: each mark is the time since the members were chosen from.
    private sealed class Laps
    {
        private readonly Stopwatch _timer = Stopwatch.StartNew();

        public TimeSpan Now => _timer.Elapsed;
        public TimeSpan Selected { get; set; }
        public TimeSpan Signalled { get; set; }
        public TimeSpan Assessed { get; set; }
        public TimeSpan Decided { get; set; }
        public TimeSpan Rerouting { get; set; }
        public TimeSpan Routed { get; set; }
    }

    private sealed record ChunkRange(DateTimeOffset? PreviousAt, Guid? PreviousId, DateTimeOffset LastAt, Guid LastId, DateTimeOffset? DoneAt);

    private sealed class ChunkRow
    {
        public int Chunk { get; init; }
        public DateTimeOffset LastAt { get; init; }
        public Guid LastId { get; init; }
        public DateTimeOffset? DoneAt { get; init; }
    }
}
