using Triage.Messaging;

namespace Triage.Routing;

public sealed class ClusterRouteConsumerDefinition()
    : RetryingConsumerDefinition<ClusterRouteConsumer>("triage-routing-clusters", 2, Retries.Quick);
