namespace Triage.Messaging;

public sealed class BusOptions
{
    public const string Section = "Triage:Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public string RabbitMq { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";
}
