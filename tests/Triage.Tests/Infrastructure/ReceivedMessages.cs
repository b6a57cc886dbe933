using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;

namespace Triage.Tests.Infrastructure;

// A subscriber on the host's bus, as another service would be, that keeps every ComplaintReceived it gets.
public sealed class ReceivedMessages : IAsyncDisposable
{
    private readonly HostReceiveEndpointHandle _handle;
    private readonly string _queue;
    private readonly string? _rabbitMq;

    private ReceivedMessages(HostReceiveEndpointHandle handle, string queue, string? rabbitMq)
    {
        _handle = handle;
        _queue = queue;
        _rabbitMq = rabbitMq;
    }

    public ConcurrentQueue<(Guid? MessageId, ComplaintReceived Message, string Raw)> All { get; } = new();

    // On RabbitMQ the queue is durable, so that it outlives a broker outage; it is deleted on dispose.
    public static async Task<ReceivedMessages> SubscribeAsync(
        IServiceProvider services, Func<ConsumeContext<ComplaintReceived>, Task>? also = null, string? rabbitMq = null)
    {
        var bus = services.GetRequiredService<IBus>();
        ReceivedMessages? received = null;
        var queue = $"test-received-{Guid.NewGuid():N}";
        var handle = bus.ConnectReceiveEndpoint(queue, endpoint =>
            endpoint.Handler<ComplaintReceived>(async context =>
            {
                var raw = context.ReceiveContext.Body.GetString();
                received!.All.Enqueue((context.MessageId, context.Message, raw));
                if (also is not null)
                    await also(context);
            }));
        received = new ReceivedMessages(handle, queue, rabbitMq);
        await handle.Ready;
        return received;
    }

    public async ValueTask DisposeAsync()
    {
        await _handle.StopAsync();
        if (_rabbitMq is null)
            return;
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(_rabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(_queue, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(_queue);
    }
}
