using Dapper;
using Microsoft.Extensions.Options;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Routing.Reconciliation;

// Parked faults for admins: list them, and re-drive one. A retry sends the complaint through scoring again with fresh
// attempts; the complaint keeps its handling route until routing decides anew, and the fault is resolved when it does.
public sealed class Faults(Database database, OutboxSignal outboxSignal, IOptions<ReconcilerOptions> options, TimeProvider clock)
{
    public async Task<FaultPage> ListAsync(bool openOnly, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = await connection.QueryAsync<FaultRow>(new CommandDefinition(
            $"""
             SELECT f.id, f.complaint_id, c.external_id, f.stage, f.error, f.attempts, f.parked_at,
                    f.retried_at, f.retried_by, f.resolved_at,
                    c.status AS ComplaintStatus, c.route_destination
             FROM faults f JOIN complaints c ON c.id = f.complaint_id
             {(openOnly ? "WHERE f.resolved_at IS NULL" : "")}
             ORDER BY f.parked_at DESC, f.id DESC LIMIT @Limit
             """,
            new { Limit = limit }, cancellationToken: cancellationToken));
        var open = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM faults WHERE resolved_at IS NULL", cancellationToken: cancellationToken));
        return new FaultPage(items.Select(f => f.ToView()).ToList(), open);
    }

    public async Task<FaultRetry> RetryAsync(Guid faultId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var fault = await connection.QueryFirstOrDefaultAsync<(Guid ComplaintId, DateTimeOffset? ResolvedAt)?>(
            new CommandDefinition($"SELECT complaint_id, resolved_at FROM faults WHERE id = @Id {database.Dialect.ForUpdate}",
                new { Id = faultId }, transaction, cancellationToken: cancellationToken));
        if (fault is not { } found)
            return new FaultRetry(FaultRetryOutcome.NotFound);
        if (found.ResolvedAt is not null)
            return new FaultRetry(FaultRetryOutcome.AlreadyResolved, found.ComplaintId);
        var complaint = await connection.QuerySingleAsync<(string? ExternalId, string Channel, DateTimeOffset ReceivedAt)>(
            new CommandDefinition("SELECT external_id, channel, received_at FROM complaints WHERE id = @Id",
                new { Id = found.ComplaintId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE faults SET retried_at = @Now, retried_by = @Actor WHERE id = @FaultId",
            new { FaultId = faultId, Now = now, Actor = actor }, transaction, cancellationToken: cancellationToken));
        await ComplaintRequeue.SendAsync(connection, transaction,
            new ComplaintReceived(found.ComplaintId, complaint.ExternalId, complaint.Channel, complaint.ReceivedAt), now + options.Value.Bound, clock, cancellationToken);
        await AuditLog.RecordAsync(connection, transaction, now, actor, "retry-fault", $"complaint:{found.ComplaintId}", $"fault:{faultId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        ReconcilerMetrics.Retried();
        return new FaultRetry(FaultRetryOutcome.Retried, found.ComplaintId);
    }

    private sealed class FaultRow
    {
        public Guid Id { get; init; }
        public Guid ComplaintId { get; init; }
        public string? ExternalId { get; init; }
        public string Stage { get; init; } = "";
        public string Error { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset ParkedAt { get; init; }
        public DateTimeOffset? RetriedAt { get; init; }
        public string? RetriedBy { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public string ComplaintStatus { get; init; } = "";
        public string? RouteDestination { get; init; }

        public FaultView ToView() =>
            new(Id, ComplaintId, ExternalId, Stage, Error, Attempts, ParkedAt, RetriedAt, RetriedBy, ResolvedAt, ComplaintStatus, RouteDestination);
    }
}
