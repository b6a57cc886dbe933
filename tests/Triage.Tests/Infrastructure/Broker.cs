namespace Triage.Tests.Infrastructure;

// Stops and starts the throwaway RabbitMQ broker of deploy/local, as an outage would.
public static class Broker
{
    public static Task StopAsync() => RabbitMqScript.RunAsync("stop-app");

    public static Task StartAsync() => RabbitMqScript.RunAsync("start-app");
}
