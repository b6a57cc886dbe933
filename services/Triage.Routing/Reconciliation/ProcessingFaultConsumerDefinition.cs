using Triage.Messaging;

namespace Triage.Routing.Reconciliation;

public sealed class ProcessingFaultConsumerDefinition()
    : RetryingConsumerDefinition<ProcessingFaultConsumer>("triage-processing-faults", 4, Retries.Steady);
