using System.Diagnostics;
using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Scoring.Clusters;
using Triage.Storage;

namespace Triage.Scoring;

// Online scoring: signals as of arrival, over the shared store, so any number of instances agree.
public sealed class ComplaintReceivedConsumer(
    Database database,
    OnlineAssessor assessor,
    ClusterAssigner clusters,
    TimeProvider clock,
    OutboxSignal outboxSignal,
    ILogger<ComplaintReceivedConsumer> logger) : IConsumer<ComplaintReceived>
{
    public const string Name = "scoring";

    public Task Consume(ConsumeContext<ComplaintReceived> consumeContext) =>
        ScoreAsync(consumeContext.MessageId ?? consumeContext.Message.ComplaintId, consumeContext.Message, consumeContext.CancellationToken);

    // One complaint in its own transaction: this consumer's own path, and the batch consumer's when a batch fails.
    public async Task ScoreAsync(Guid messageId, ComplaintReceived message, CancellationToken cancellationToken)
    {
        Activity.Current?.SetTag(ComplaintTracing.ComplaintId, message.ComplaintId);
        // A complaint scored already (a re-drive behind a slow original) costs one indexed read, not a scoring.
        if (await ScoredAlreadyAsync(message.ComplaintId, cancellationToken))
        {
            logger.LogInformation("Complaint {ComplaintId} is scored already; this message changes nothing", message.ComplaintId);
            return;
        }
        if (await assessor.AssessAsync(message.ComplaintId, cancellationToken) is not { } assessment)
        {
            logger.LogWarning("Complaint {ComplaintId} is not in storage; nothing to score", message.ComplaintId);
            return;
        }
        var (complaint, links, result) = assessment;

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        if (!await Inbox.TryRecordAsync(connection, transaction, messageId, Name, clock, cancellationToken))
            return;
        var membership = await clusters.LockAsync(connection, transaction, complaint.Id, links);
        if (!await ScoreWriter.ClaimAsync(connection, transaction, complaint.Id, result, cancellationToken))
        {
            logger.LogInformation("Complaint {ComplaintId} is scored already; this message changes nothing", complaint.Id);
            return;
        }
        var cluster = await clusters.AssignAsync(connection, transaction, membership, result.Score, cancellationToken);
        var scored = new ComplaintScored(complaint.Id, result.Score, result.Suspect, result.ModelVersion, result.ScoredAt, cluster.ClusterId);
        await Outbox.EnqueueAsync(connection, transaction, scored, clock, cancellationToken);
        if (cluster.Flagged is { } flagged)
            await Outbox.EnqueueAsync(connection, transaction, flagged, clock, cancellationToken);
        if (cluster.Joined is { } joined)
            await Outbox.EnqueueAsync(connection, transaction, joined, clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        ScoringMetrics.Scored.Add(1);
        if (cluster.Flagged is not null)
            logger.LogWarning("Cluster {ClusterId} became suspect: {Size} complaints, risk {Risk:0.00}", cluster.Flagged.ClusterId, cluster.Flagged.Size, cluster.Flagged.Risk);
        LogScored(logger, scored);
    }

    // One line per scored complaint, one complaint at a time or in a batch (under the complaint's own span).
    public static void LogScored(ILogger logger, ComplaintScored scored) =>
        logger.LogInformation("Complaint {ComplaintId} scored {Score:0.000} ({Verdict}) by model {ModelVersion}, cluster {ClusterId}",
            scored.ComplaintId, scored.Score, scored.Suspect ? "suspect" : "not suspect", scored.ModelVersion, scored.ClusterId ?? "none");

    private async Task<bool> ScoredAlreadyAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var status = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT status FROM complaints WHERE id = @Id", new { Id = complaintId }, cancellationToken: cancellationToken));
        return status is not null and not ComplaintStatus.Received;
    }
}
