using System.Collections.Concurrent;
using System.Text.Json;
using MassTransit;
using Triage.Contracts;

namespace Triage.Messaging;

// Publishes with the outbox row's id as the MessageId, so a re-published row is recognised by every inbox.
public sealed class MassTransitOutboxPublisher(IBus bus) : IOutboxPublisher
{
    private static readonly ConcurrentDictionary<string, Type> Types = new();

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Types.GetOrAdd(message.MessageType, name => typeof(ComplaintReceived).Assembly.GetType(name)
            ?? throw new InvalidOperationException($"Unknown message type {name}"));
        var body = JsonSerializer.Deserialize(message.Body, type, OutboxJson.Options)!;
        return bus.Publish(body, type, context => context.MessageId = message.MessageId, cancellationToken);
    }
}
