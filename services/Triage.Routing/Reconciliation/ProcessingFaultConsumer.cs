using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Storage;

namespace Triage.Routing.Reconciliation;

// A scoring or routing message that failed after every retry ends in the endpoint's error queue; MassTransit publishes
// its Fault. The complaint keeps the error, so that the fault an admin sees later says what went wrong; the reconciler
// re-drives it on its own schedule.
public sealed class ProcessingFaultConsumer(Database database, ILogger<ProcessingFaultConsumer> logger)
    : IConsumer<Fault<ComplaintReceived>>, IConsumer<Fault<ComplaintScored>>
{
    private const int MaxErrorLength = 1_000;

    public Task Consume(ConsumeContext<Fault<ComplaintReceived>> context) =>
        RecordAsync(context.Message.Message.ComplaintId, FaultStage.Scoring, context.Message.Exceptions, context.CancellationToken);

    public Task Consume(ConsumeContext<Fault<ComplaintScored>> context) =>
        RecordAsync(context.Message.Message.ComplaintId, FaultStage.Routing, context.Message.Exceptions, context.CancellationToken);

    private async Task RecordAsync(Guid complaintId, string stage, ExceptionInfo[] exceptions, CancellationToken cancellationToken)
    {
        var first = exceptions.FirstOrDefault();
        var error = first is null ? "unknown error" : $"{first.ExceptionType}: {first.Message}";
        if (error.Length > MaxErrorLength)
            error = error[..MaxErrorLength];
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE complaints SET last_error = @Error WHERE id = @Id AND status IN ('received', 'scored')",
            new { Id = complaintId, Error = $"{stage}: {error}" }, cancellationToken: cancellationToken));
        ReconcilerMetrics.FailureRecorded(stage);
        logger.LogWarning("Complaint {ComplaintId} failed at {Stage} after every retry: {ExceptionType}", complaintId, stage, first?.ExceptionType ?? "unknown");
    }
}
