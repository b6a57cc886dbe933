using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Scoring.Batches;

// The scoring queue's consumer: complaints in batches. A batch that fails (a complaint whose data cannot be read, a
// deadlock between competing instances, anything) is scored again one complaint at a time, each in its own transaction,
// so that only a complaint that fails on its own is faulted: its Fault<ComplaintReceived> records the error and the
// reconciler re-drives it and in the end parks it, while its batch-mates are scored and routed.
public sealed class ComplaintBatchConsumer(ComplaintBatchScorer batches, ComplaintReceivedConsumer single, TimeProvider clock,
    ILogger<ComplaintBatchConsumer> logger)
    : IConsumer<Batch<ComplaintReceived>>
{
    public async Task Consume(ConsumeContext<Batch<ComplaintReceived>> context)
    {
        var cancellationToken = context.CancellationToken;
        var messages = context.Message.Select(m => (MessageId: m.MessageId ?? m.Message.ComplaintId, m.Message.ComplaintId)).ToList();
        IReadOnlyList<Guid> oneByOne;
        using var traces = BatchTraces.Start(context.Message, "score complaint", m => m.ComplaintId);
        try
        {
            oneByOne = (await batches.ScoreAsync(messages, traces, cancellationToken)).OneByOne;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("A batch of {Messages} messages failed ({ExceptionType}); scoring its complaints one by one", messages.Count, ErrorKind.Of(exception));
            oneByOne = messages.Select(m => m.ComplaintId).ToList();
        }
        foreach (var message in context.Message.Where(m => oneByOne.Contains(m.Message.ComplaintId)))
        {
            var started = clock.GetTimestamp();
            using var trace = traces.Enter(message.Message.ComplaintId);
            try
            {
                await single.ScoreAsync(message.MessageId ?? message.Message.ComplaintId, message.Message, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Complaint {ComplaintId} could not be scored ({ExceptionType}); its fault goes to the reconciler",
                    message.Message.ComplaintId, ErrorKind.Of(exception));
                await message.NotifyFaulted(message, clock.GetElapsedTime(started), TypeCache<ComplaintBatchConsumer>.ShortName, exception);
            }
        }
    }
}
