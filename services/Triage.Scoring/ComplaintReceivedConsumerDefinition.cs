using Triage.Messaging;

namespace Triage.Scoring;

public sealed class ComplaintReceivedConsumerDefinition()
    : RetryingConsumerDefinition<ComplaintReceivedConsumer>("triage-scoring", 8, Retries.Quick);
