namespace Triage.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}
