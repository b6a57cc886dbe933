using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Complaints.Evidence;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Scoring.Clusters;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Scoring.Batches;

// Online scoring of many complaints at once, with the guarantees of one at a time: the batch's texts are indexed
// before anything is asked (complaints of one batch see each other), the store is read in a few set-based queries, the
// model runs once over the batch, and one transaction writes the inbox rows, the scores, the clusters and the outbox
// rows, each in one statement (or one command) for the whole batch. Only a complaint still `received` is scored; the clusters every link of the batch reaches are locked up front
// in one fixed order, so competing instances take turns on shared clusters as they do one complaint at a time.
public sealed class ComplaintBatchScorer(
    Database database,
    BatchReader reader,
    IndexedTextEvidence text,
    NearDuplicateOptions nearDuplicates,
    SignalExtractor extractor,
    ClusterLinkFinder linkFinder,
    ClusterAssigner clusters,
    ModelProvider models,
    IOptions<ScoringOptions> options,
    TimeProvider clock,
    OutboxSignal outboxSignal,
    ILogger<ComplaintBatchScorer> logger)
{
    private readonly SqlNearDuplicateIndex _index = new(database.WithoutRetries(), nearDuplicates);
    private readonly SemaphoreSlim _turns = new(1, 1);

    // traces holds each message's own span: its ComplaintScored and its log line continue the complaint's trace.
    public async Task<BatchOutcome> ScoreAsync(IReadOnlyList<(Guid MessageId, Guid ComplaintId)> messages, BatchTraces traces,
        CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Postgres)
            return await ScoreBatchAsync(messages, traces, cancellationToken);
        await _turns.WaitAsync(cancellationToken);
        try
        {
            return await ScoreBatchAsync(messages, traces, cancellationToken);
        }
        finally
        {
            _turns.Release();
        }
    }

    private async Task<BatchOutcome> ScoreBatchAsync(IReadOnlyList<(Guid MessageId, Guid ComplaintId)> messages, BatchTraces traces,
        CancellationToken cancellationToken)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<double>();
        void Phase() => phases.Add(elapsed.Elapsed.TotalMilliseconds - phases.Sum());
        await using var connection = await database.OpenAsync(cancellationToken);
        var facts = await reader.ReadFactsAsync(connection, messages.Select(m => m.ComplaintId).Distinct().ToList(), cancellationToken);
        var complaints = facts.Waiting;
        if (complaints.Count == 0)
        {
            logger.LogInformation("A batch of {Messages} messages changes nothing: {Settled} complaints were scored already", messages.Count, facts.Settled);
            return new BatchOutcome(0, facts.Settled, facts.Unreadable);
        }

        Phase();
        var fingerprints = complaints.ToDictionary(c => c.Id, c => text.EntryFor(c));
        var entries = fingerprints.Values.OfType<IndexedComplaint>().ToList();
        // Complaints of one batch see each other's texts (BatchReader adds them to the candidates). Of two batches scored
        // at once, at least one must see the other's: on PostgreSQL the texts are indexed and committed before anything is
        // read, as one complaint at a time does; on SQLite (one process, one writer) batches take turns, and a batch's
        // texts are indexed in its one write transaction.
        // Indexing is idempotent, so a redelivered batch indexes nothing twice.
        if (database.Provider == StorageProvider.Postgres)
            await _index.AddAsync(entries, cancellationToken);
        Phase();
        var context = await reader.ReadContextAsync(connection, complaints, entries, text, cancellationToken);
        Phase();
        var assessed = new List<(ComplaintFacts Complaint, SignalVector Signals, IReadOnlyList<ClusterLink> Links)>(complaints.Count);
        foreach (var complaint in complaints)
            assessed.Add((complaint, await extractor.ExtractAsync(complaint, context, SignalMode.Online, cancellationToken),
                await linkFinder.FindAsync(complaint, context, SignalMode.Online, cancellationToken)));
        Phase();
        // Row by row through the model's pooled prediction engines, not one Transform over the batch: on cores the service
        // shares, the Transform's parallel cursor spent more CPU handing rows between threads than it saved (a run of the
        // online benchmark: 174-188 s of CPU against 215-230 s for the same work; docs/benchmarks.md).
        var model = await models.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var results = assessed.Select(a => ComplaintScorer.Decide(model, a.Complaint, a.Signals, SignalMode.Online, options.Value.Threshold, now)).ToList();

        Phase();
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        if (database.Provider == StorageProvider.Sqlite)
            await IndexAsync(connection, transaction, entries, cancellationToken);
        Phase();
        // The inbox rows, the claim and the score rows are one statement each for the whole batch; the clusters are
        // read once under their locks, assigned in memory complaint after complaint, and written in one command.
        var waiting = complaints.Select(c => c.Id).ToHashSet();
        var recorded = await Inbox.TryRecordManyAsync(connection, transaction, messages.Where(m => waiting.Contains(m.ComplaintId)).Select(m => m.MessageId),
            ComplaintReceivedConsumer.Name, database.Dialect, clock, cancellationToken);
        var fresh = messages.Where(m => recorded.Contains(m.MessageId)).Select(m => m.ComplaintId).ToHashSet();
        var locks = new ClusterLocks(database);
        var locked = await clusters.LockMembersAsync(connection, transaction,
            assessed.Where(a => fresh.Contains(a.Complaint.Id)).SelectMany(a => a.Links.Select(l => l.To).Append(a.Complaint.Id)).Distinct().ToList(), locks, cancellationToken);
        Phase();
        var claimed = await ScoreWriter.ClaimManyAsync(connection, transaction, database.Dialect,
            assessed.Select((a, i) => (a.Complaint.Id, Decision: results[i])).Where(d => fresh.Contains(d.Id)).ToList(), cancellationToken);
        var placed = assessed.Select((a, i) => (a, Result: results[i])).Where(p => claimed.Contains(p.a.Complaint.Id)).ToList();
        var started = elapsed.Elapsed;
        var assignments = await clusters.AssignAsync(connection, transaction,
            placed.Select(p => new ClusterCandidate(p.a.Complaint.Id, p.a.Links, p.Result.Score)).ToList(), locked, cancellationToken);
        var assigning = elapsed.Elapsed - started;
        var scored = new List<ComplaintScored>();
        var flagged = new List<ClusterFlagged>();
        var joined = new List<ClusterJoined>();
        for (var i = 0; i < placed.Count; i++)
        {
            var (complaint, result, cluster) = (placed[i].a.Complaint, placed[i].Result, assignments[i]);
            scored.Add(new ComplaintScored(complaint.Id, result.Score, result.Suspect, result.ModelVersion, result.ScoredAt, cluster.ClusterId));
            if (cluster.Flagged is { } raised)
                flagged.Add(raised);
            if (cluster.Joined is { } moved)
                joined.Add(moved);
        }
        Phase();
        await Outbox.EnqueueManyAsync(connection, transaction, traces.Of(scored, m => m.ComplaintId), database.Dialect, clock, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, flagged, database.Dialect, clock, cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction, joined, database.Dialect, clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Phase();
        if (scored.Count > 0)
            outboxSignal.Notify();
        ScoringMetrics.Scored.Add(scored.Count);
        foreach (var raised in flagged)
            logger.LogWarning("Cluster {ClusterId} became suspect: {Size} complaints, risk {Risk:0.00}", raised.ClusterId, raised.Size, raised.Risk);
        foreach (var complaint in scored)
            using (traces.Enter(complaint.ComplaintId))
                ComplaintReceivedConsumer.LogScored(logger, complaint);
        logger.LogInformation("A batch of {Messages} messages scored {Scored} complaints ({Suspect} suspect); {Settled} were scored already; " +
                              "{Milliseconds:0} ms (facts, index, context, signals and links, model, write lock and index, inbox and locks, " +
                              "scores and clusters, outbox and commit: {Phases}; clusters alone {Assigning:0})",
            messages.Count, scored.Count, scored.Count(s => s.Suspect), facts.Settled + complaints.Count - scored.Count, elapsed.Elapsed.TotalMilliseconds,
            string.Join(" / ", phases.Select(p => p.ToString("0", System.Globalization.CultureInfo.InvariantCulture))), assigning.TotalMilliseconds);
        return new BatchOutcome(scored.Count, facts.Settled + complaints.Count - scored.Count, facts.Unreadable);
    }

    // Only the texts not indexed yet: a redelivered batch indexes nothing twice.
    private async Task IndexAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
            return;
        var indexed = (await connection.QueryAsync<Guid>(
                new CommandDefinition($"SELECT complaint_id FROM near_duplicate_signatures WHERE {database.Dialect.InList("complaint_id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(entries.Select(e => e.ComplaintId)) }, transaction, cancellationToken: cancellationToken)))
            .ToHashSet();
        foreach (var entry in entries.Where(e => !indexed.Contains(e.ComplaintId)))
            await _index.ReplaceAsync(connection, transaction, entry.ComplaintId, entry, cancellationToken);
    }
}
