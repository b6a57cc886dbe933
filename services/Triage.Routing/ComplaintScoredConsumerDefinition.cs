using Triage.Messaging;

namespace Triage.Routing;

public sealed class ComplaintScoredConsumerDefinition()
    : RetryingConsumerDefinition<ComplaintScoredConsumer>("triage-routing", 8, Retries.Quick);
