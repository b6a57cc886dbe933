using Microsoft.Extensions.Options;
using Triage.Messaging;

namespace Triage.Scoring.Batches;

// Enough deliveries in hand for the batcher's batches to fill; a message whose complaint fails on its own is retried
// as a single complaint's is.
public sealed class ComplaintBatchConsumerDefinition(IOptions<ScoringOptions> options)
    : RetryingConsumerDefinition<ComplaintBatchConsumer>("triage-scoring", ScoringBatcher.MessagesInHand(options.Value.BatchWorkers), Retries.Quick,
        ScoringBatcher.MessagesInHand(options.Value.BatchWorkers));
