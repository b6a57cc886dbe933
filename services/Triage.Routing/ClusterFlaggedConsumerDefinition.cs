using Triage.Messaging;

namespace Triage.Routing;

public sealed class ClusterFlaggedConsumerDefinition()
    : RetryingConsumerDefinition<ClusterFlaggedConsumer>("triage-routing-clusters", 2, Retries.Quick);
