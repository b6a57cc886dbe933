using Triage.Messaging;

namespace Triage.Rescoring;

// One recomputation at a time per worker: it holds every cluster while it writes.
public sealed class RecomputeClustersConsumerDefinition()
    : RetryingConsumerDefinition<RecomputeClustersConsumer>("triage-rescoring-clusters", 1, Retries.Patient, prefetch: 1);
