using System.Diagnostics;
using MassTransit;
using Triage.Contracts;

namespace Triage.Scoring.Batches;

// The scoring queue's consumer: each message's complaint is scored in a batch with whatever else arrived meanwhile
// (ScoringBatcher). A complaint its batch could not score (a batch that failed: a complaint whose data cannot be read, a
// deadlock between competing instances, anything) is scored on its own in this message's consume, each in its own
// transaction, so that only a complaint that fails on its own is retried and in the end faulted: its
// Fault<ComplaintReceived> records the error and the reconciler re-drives it and in the end parks it, while its
// batch-mates are scored and routed. A retry goes straight to the one-complaint path.
public sealed class ComplaintBatchConsumer(ScoringBatcher batcher, ComplaintReceivedConsumer single) : IConsumer<ComplaintReceived>
{
    public async Task Consume(ConsumeContext<ComplaintReceived> context)
    {
        var messageId = context.MessageId ?? context.Message.ComplaintId;
        if (context.GetRetryAttempt() == 0
            && await batcher.ScoreAsync(messageId, context.Message.ComplaintId, Activity.Current?.Context ?? default, context.CancellationToken))
            return;
        await single.ScoreAsync(messageId, context.Message, context.CancellationToken);
    }
}
