using MassTransit;

namespace Triage.Messaging;

// Every receive endpoint ConfigureEndpoints creates (the consumers' queues) is declared as a quorum queue; MassTransit
// copies a queue's arguments to its _error and _skipped queues, so those are quorum queues too. The bus's own
// response endpoint is not configured through ConfigureEndpoints and stays a temporary classic queue (quorum queues
// cannot be auto-delete or exclusive).
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
