using Triage.Messaging;

namespace Triage.Routing;

public sealed class ComplaintScoredBatchConsumerDefinition() : BatchConsumerDefinition<ComplaintScoredBatchConsumer>("triage-routing");
