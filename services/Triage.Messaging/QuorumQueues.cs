using MassTransit;

namespace Triage.Messaging;

// Every receive endpoint ConfigureEndpoints creates (the consumers' queues) is declared as a quorum queue; MassTransit
// copies a queue's arguments to its _error and _skipped queues, so those are quorum queues too. A temporary endpoint
// (auto-delete, not durable) cannot be a quorum queue and stays classic; the bus's own response queue is not
// configured here at all.
public static class QuorumQueues
{
    public static void Declare(IRegistrationContext context, string queueName, IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit && !IsTemporary(endpoint))
            rabbit.SetQuorumQueue();
    }

    private static bool IsTemporary(IReceiveEndpointConfigurator endpoint) =>
        endpoint.InputAddress.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
        || endpoint.InputAddress.Query.Contains("autodelete=true", StringComparison.OrdinalIgnoreCase);
}
