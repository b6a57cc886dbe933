using System.Diagnostics;
using Dapper;
using MassTransit;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Routing;

public sealed class ComplaintScoredConsumer(Database database, RouteWriter routes, OutboxSignal outboxSignal) : IConsumer<ComplaintScored>
{
    public Task Consume(ConsumeContext<ComplaintScored> context) => RouteAsync(context.Message.ComplaintId, context.CancellationToken);

    // One complaint in its own transaction: this consumer's own path, and the batch consumer's when a batch fails.
    public async Task RouteAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        Activity.Current?.SetTag(ComplaintTracing.ComplaintId, complaintId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var routed = await routes.RerouteAsync(connection, transaction, [complaintId], cancellationToken);
        // A complaint parked as a fault and re-driven is resolved once routing has decided on it.
        if (routed.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition("UPDATE faults SET resolved_at = @Now WHERE complaint_id = @Id AND resolved_at IS NULL",
                new { Id = complaintId, Now = routed[0].RoutedAt }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        if (routed.Count > 0)
        {
            outboxSignal.Notify();
            RoutingMetrics.Routed(routed);
        }
    }
}
