using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Routing;

// Routing in batches: the batch's complaints decided in one transaction (RouteWriter locks their rows in id order, so
// competing instances cannot deadlock on them). A batch that fails is routed again one complaint at a time, and only a
// complaint that fails on its own is faulted, for the reconciler to re-drive and park.
public sealed class ComplaintScoredBatchConsumer(Database database, RouteWriter routes, OutboxSignal outboxSignal, ComplaintScoredConsumer single,
    TimeProvider clock, ILogger<ComplaintScoredBatchConsumer> logger) : IConsumer<Batch<ComplaintScored>>
{
    public async Task Consume(ConsumeContext<Batch<ComplaintScored>> context)
    {
        var cancellationToken = context.CancellationToken;
        using var traces = BatchTraces.Start(context.Message, "route complaint", m => m.ComplaintId);
        try
        {
            await RouteAsync(context.Message.Select(m => m.Message.ComplaintId).Distinct().ToList(), traces, cancellationToken);
            return;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("A batch of {Messages} messages could not be routed ({ExceptionType}); routing its complaints one by one",
                context.Message.Length, ErrorKind.Of(exception));
        }
        foreach (var message in context.Message)
        {
            var started = clock.GetTimestamp();
            using var trace = traces.Enter(message.Message.ComplaintId);
            try
            {
                await single.RouteAsync(message.Message.ComplaintId, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Complaint {ComplaintId} could not be routed ({ExceptionType}); its fault goes to the reconciler",
                    message.Message.ComplaintId, ErrorKind.Of(exception));
                await message.NotifyFaulted(message, clock.GetElapsedTime(started), TypeCache<ComplaintScoredBatchConsumer>.ShortName, exception);
            }
        }
    }

    private async Task RouteAsync(IReadOnlyList<Guid> ids, BatchTraces traces, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var routed = await routes.RerouteAsync(connection, transaction, ids, traces, cancellationToken);
        // Complaints parked as faults and re-driven are resolved once routing has decided on them.
        if (routed.Count > 0)
            await connection.ExecuteAsync(
                new CommandDefinition($"UPDATE faults SET resolved_at = @Now WHERE {database.Dialect.InList("complaint_id", "@Ids")} AND resolved_at IS NULL",
                new { Ids = database.Dialect.Uuids(routed.Select(r => r.ComplaintId).Distinct()), Now = routed[0].RoutedAt }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        if (routed.Count > 0)
        {
            outboxSignal.Notify();
            RoutingMetrics.Routed(routed);
        }
    }
}
