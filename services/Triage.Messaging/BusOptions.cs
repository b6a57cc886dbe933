namespace Triage.Messaging;

public sealed class BusOptions
{
    public const string Section = "Triage:Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    // One broker, or the nodes of a cluster separated by commas (RabbitMqNodes).
    public string RabbitMq { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";

    public RabbitMqQueueType QueueType { get; set; } = RabbitMqQueueType.Quorum;

    // How long a receive endpoint waits for its messages in flight when it stops: at shutdown, and when its broker
    // connection is lost. Past it the endpoint reconnects anyway; the broker delivers the unacknowledged messages again
    // and the consumers absorb the copies (scoring's inbox, routing's write-on-change). Without a bound, a connection
    // lost while acknowledgements are queued leaves the endpoint waiting for ever: RabbitMQ.Client 7.2 lets an
    // acknowledgement wait on a dead socket's write queue, and MassTransit waits for the acknowledgement
    // (docs/architecture.md, "Broker durability").
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
