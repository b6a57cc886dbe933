using Triage.Messaging;

namespace Triage.Scoring.Batches;

// Enough deliveries in hand for the batcher's batches to fill; a message whose complaint fails on its own is retried
// as a single complaint's is.
public sealed class ComplaintBatchConsumerDefinition()
    : RetryingConsumerDefinition<ComplaintBatchConsumer>("triage-scoring", ScoringBatcher.MessagesInHand, Retries.Quick, ScoringBatcher.MessagesInHand);
