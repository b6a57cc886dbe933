namespace Triage.Messaging;

public sealed class BusOptions
{
    public const string Section = "Triage:Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    // One broker, or the nodes of a cluster separated by commas (RabbitMqNodes).
    public string RabbitMq { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";

    public RabbitMqQueueType QueueType { get; set; } = RabbitMqQueueType.Quorum;
}
