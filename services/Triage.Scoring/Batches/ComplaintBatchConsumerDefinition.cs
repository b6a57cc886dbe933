using Triage.Messaging;

namespace Triage.Scoring.Batches;

public sealed class ComplaintBatchConsumerDefinition() : BatchConsumerDefinition<ComplaintBatchConsumer>("triage-scoring");
