using Triage.Messaging;

namespace Triage.Rescoring;

// One chunk at a time per worker: a chunk already uses every core; more workers mean more processes.
public sealed class RescoreChunkConsumerDefinition()
    : RetryingConsumerDefinition<RescoreChunkConsumer>("triage-rescoring", 1, Retries.Patient, prefetch: 1);
