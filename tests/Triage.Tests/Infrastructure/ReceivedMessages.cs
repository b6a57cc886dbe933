using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;

namespace Triage.Tests.Infrastructure;

// A subscriber on the host's bus, as another service would be, that keeps every ComplaintReceived it gets.
public sealed class ReceivedMessages : IAsyncDisposable
{
    private readonly HostReceiveEndpointHandle _handle;

    private ReceivedMessages(HostReceiveEndpointHandle handle) => _handle = handle;

    public ConcurrentQueue<(Guid? MessageId, ComplaintReceived Message, string Raw)> All { get; } = new();

    public static async Task<ReceivedMessages> SubscribeAsync(IServiceProvider services, Func<ConsumeContext<ComplaintReceived>, Task>? also = null)
    {
        var bus = services.GetRequiredService<IBus>();
        ReceivedMessages? received = null;
        var handle = bus.ConnectReceiveEndpoint($"test-received-{Guid.NewGuid():N}", endpoint =>
            endpoint.Handler<ComplaintReceived>(async context =>
            {
                var raw = context.ReceiveContext.Body.GetString();
                received!.All.Enqueue((context.MessageId, context.Message, raw));
                if (also is not null)
                    await also(context);
            }));
        received = new ReceivedMessages(handle);
        await handle.Ready;
        return received;
    }

    public async ValueTask DisposeAsync() => await _handle.StopAsync();
}
