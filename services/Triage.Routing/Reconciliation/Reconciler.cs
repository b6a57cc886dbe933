using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Signals.Categories;
using Triage.Storage;

namespace Triage.Routing.Reconciliation;

// Keeps the first promise: a complaint that was accepted reaches a route. The sweep finds complaints that are still
// `received` or `scored` after the bound (or after their last re-drive's back-off), and sends them through scoring or
// routing again through the outbox; once MaxAttempts re-drives have not helped, it parks the complaint as a fault and
// routes it to handling, so that a person answers it while an admin looks at the fault.
// On PostgreSQL the due rows are claimed with FOR UPDATE SKIP LOCKED, so any number of instances can sweep at once.
// The consumers make a re-drive harmless: scoring scores only a complaint that is still `received`, and routing writes
// only a changed route.
public sealed class Reconciler(
    Database database,
    PersonalDataProtector protector,
    OutboxSignal outboxSignal,
    IOptions<ReconcilerOptions> options,
    TimeProvider clock,
    ILogger<Reconciler> logger)
{
    private const string Columns = """
        id, external_id, channel, received_at, status, category, attempts, last_error,
        triage_score AS Score, triage_suspect AS Suspect, triage_model_version AS ModelVersion, triage_scored_at AS ScoredAt,
        triage_cluster_id AS ClusterId, route_destination AS Destination
        """;

    private readonly ReconcilerOptions _options = options.Value;

    // One pass over everything due, batch by batch.
    public async Task<SweepOutcome> SweepAsync(CancellationToken cancellationToken)
    {
        var total = SweepOutcome.None;
        while (true)
        {
            var (outcome, full) = await SweepBatchAsync(cancellationToken);
            total = new SweepOutcome(total.Redriven + outcome.Redriven, total.Parked + outcome.Parked, outcome.Deferred);
            if (!full || outcome.Deferred)
                return total;
        }
    }

    // After a restart on the in-process bus every message that was in flight is gone, and the outbox had already
    // marked it sent: everything accepted before the start and still without a route is re-driven at once. These
    // re-drives do not count as attempts, since nothing failed.
    public async Task<int> RecoverAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var recovered = 0;
        var after = (At: DateTimeOffset.MinValue, Id: Guid.Empty);
        while (true)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            var due = (await connection.QueryAsync<(DateTimeOffset SubmittedAt, Guid Id)>(
                new CommandDefinition("""
                SELECT submitted_at, id FROM complaints
                WHERE status IN ('received', 'scored') AND submitted_at < @StartedAt
                  AND (submitted_at > @AfterAt OR (submitted_at = @AfterAt AND id > @AfterId))
                ORDER BY submitted_at, id LIMIT @BatchSize
                """,
                new { StartedAt = startedAt, AfterAt = after.At, AfterId = after.Id, _options.BatchSize }, transaction, cancellationToken: cancellationToken))).AsList();
            if (due.Count == 0)
                return recovered;
            var complaints = await ReadAsync(connection, transaction, due.Select(d => d.Id).ToList(), cancellationToken);
            foreach (var complaint in complaints)
                await RedriveAsync(connection, transaction, complaint, clock.GetUtcNow(), countsAsAttempt: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outboxSignal.Notify();
            recovered += complaints.Count;
            after = due[^1];
            if (due.Count < _options.BatchSize)
                return recovered;
        }
    }

    private async Task<(SweepOutcome Outcome, bool Full)> SweepBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        // While the outbox cannot publish (the broker is down), a re-drive would only queue behind it and use up the
        // complaint's attempts for nothing: wait for the outbox to drain.
        var oldestUnsent = await connection.QueryFirstOrDefaultAsync<DateTimeOffset?>(
            new CommandDefinition("SELECT created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1", cancellationToken: cancellationToken));
        if (oldestUnsent is { } unsent && unsent < now - _options.Bound)
            return (SweepOutcome.Waiting, false);

        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var due = (await connection.QueryAsync<PendingComplaint>(
            new CommandDefinition($"""
             SELECT {Columns} FROM complaints
             WHERE status IN ('received', 'scored')
               AND ((next_attempt_at IS NULL AND submitted_at <= @Cutoff) OR next_attempt_at <= @Now)
             ORDER BY submitted_at LIMIT @BatchSize {database.Dialect.SkipLocked}
             """,
            new { Cutoff = now - _options.Bound, Now = now, _options.BatchSize }, transaction, cancellationToken: cancellationToken))).AsList();
        if (due.Count == 0)
            return (SweepOutcome.None, false);

        int redriven = 0, parked = 0;
        foreach (var complaint in due)
        {
            if (complaint.Attempts >= _options.MaxAttempts)
            {
                await ParkAsync(connection, transaction, complaint, now, cancellationToken);
                parked++;
            }
            else
            {
                await RedriveAsync(connection, transaction, complaint, now, countsAsAttempt: true, cancellationToken);
                redriven++;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        ReconcilerMetrics.Redriven(redriven);
        ReconcilerMetrics.Parked(parked);
        return (new SweepOutcome(redriven, parked), due.Count == _options.BatchSize);
    }

    private async Task<List<PendingComplaint>> ReadAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<PendingComplaint>(
            new CommandDefinition($"SELECT {Columns} FROM complaints WHERE {database.Dialect.InList("id", "@Ids")} ORDER BY id {database.Dialect.ForUpdate}",
            new { Ids = database.Dialect.Uuids(ids) }, transaction, cancellationToken: cancellationToken))).AsList();

    private async Task RedriveAsync(DbConnection connection, DbTransaction transaction, PendingComplaint complaint, DateTimeOffset now, bool countsAsAttempt, CancellationToken cancellationToken)
    {
        var attempts = countsAsAttempt ? complaint.Attempts + 1 : complaint.Attempts;
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE complaints SET attempts = @Attempts, next_attempt_at = @Next WHERE id = @Id",
            new { complaint.Id, Attempts = attempts, Next = now + (countsAsAttempt ? _options.Backoff(attempts) : _options.Bound) }, transaction, cancellationToken: cancellationToken));
        if (complaint.Status == ComplaintStatus.Received)
            await Outbox.EnqueueAsync(connection, transaction, new ComplaintReceived(complaint.Id, complaint.ExternalId, complaint.Channel, complaint.ReceivedAt), clock, cancellationToken);
        else
            await Outbox.EnqueueAsync(connection, transaction, new ComplaintScored(complaint.Id, complaint.Score ?? 0, complaint.Suspect == true,
                complaint.ModelVersion ?? "", complaint.ScoredAt ?? now, complaint.ClusterId), clock, cancellationToken);
        logger.LogInformation("Complaint {ComplaintId} re-driven through {Stage} (attempt {Attempt})", complaint.Id, FaultStage.Of(complaint.Status), attempts);
    }

    private async Task ParkAsync(DbConnection connection, DbTransaction transaction, PendingComplaint complaint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stage = FaultStage.Of(complaint.Status);
        var error = complaint.LastError ?? "在时限内没有完成，也没有记录到错误（消息可能已丢失）";
        var openFault = await connection.QueryFirstOrDefaultAsync<Guid?>(
            new CommandDefinition("SELECT id FROM faults WHERE complaint_id = @Id AND resolved_at IS NULL",
                new { complaint.Id }, transaction, cancellationToken: cancellationToken));
        var faultId = openFault ?? Guid.CreateVersion7(now);
        await connection.ExecuteAsync(
            new CommandDefinition(openFault is null
                ? "INSERT INTO faults (id, complaint_id, stage, error, attempts, parked_at) VALUES (@FaultId, @Id, @Stage, @Error, @Attempts, @Now)"
                : "UPDATE faults SET stage = @Stage, error = @Error, attempts = attempts + @Attempts, parked_at = @Now WHERE id = @FaultId",
            new { FaultId = faultId, complaint.Id, Stage = stage, Error = error, complaint.Attempts, Now = now }, transaction, cancellationToken: cancellationToken));

        var why = stage == FaultStage.Scoring
            ? $"无法自动评分（重试 {complaint.Attempts} 次均未完成），转人工处理；故障 {faultId}"
            : $"无法自动分派（重试 {complaint.Attempts} 次均未完成），转人工处理；故障 {faultId}";
        var decision = RouteDecider.Unprocessed(complaint.Category, () => InferCategory(connection, transaction, complaint.Id, cancellationToken), why);
        await connection.ExecuteAsync(
            new CommandDefinition("""
            UPDATE complaints SET status = 'routed', route_destination = @Destination, route_reason = @Reason, routed_at = @Now, next_attempt_at = NULL WHERE id = @Id;
            INSERT INTO complaint_routes (complaint_id, destination, reason, score, model_version, cluster_id, routed_at)
            VALUES (@Id, @Destination, @Reason, @Score, @ModelVersion, @ClusterId, @Now);
            """,
            new { complaint.Id, decision.Destination, decision.Reason, complaint.Score, complaint.ModelVersion, complaint.ClusterId, Now = now }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new ComplaintRouted(complaint.Id, decision.Destination, decision.Reason, complaint.Destination, now), clock, cancellationToken);
        logger.LogWarning("Complaint {ComplaintId} parked as fault {FaultId} after {Attempts} re-drives at {Stage}; routed to {Destination}",
            complaint.Id, faultId, complaint.Attempts, stage, decision.Destination);
    }

    // The category for handling when the desk gave none. The text may be what cannot be read (the fault itself), and
    // then the complaint still goes to a person, under `other`.
    private string InferCategory(DbConnection connection, DbTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var personal = connection.QuerySingle<byte[]>(new CommandDefinition("SELECT personal FROM complaints WHERE id = @Id",
                new { Id = id }, transaction, cancellationToken: cancellationToken));
            return CategoryInference.Infer(JsonSerializer.Deserialize<ComplaintPersonalData>(protector.Open(personal), PersonalDataJson.Options)!.Text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Complaint {ComplaintId}: its text cannot be read for a category ({Error}); handling/other", id, exception.GetType().Name);
            return CategoryInference.Other;
        }
    }
}
