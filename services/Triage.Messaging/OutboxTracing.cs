using System.Diagnostics;

namespace Triage.Messaging;

// The W3C trace context an outbox row is written under (none when nothing is traced).
public readonly record struct OutboxTrace(string? Parent, string? State);

// An outbox row remembers the trace it was written in, and is published under it: MassTransit's send activity
// becomes a child of the publish activity and carries the context on in the message headers to the consumers.
public static class OutboxTracing
{
    public static readonly ActivitySource Source = new("Triage.Messaging");

    public static OutboxTrace Current() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity
        ? new OutboxTrace(activity.Id, activity.TraceStateString)
        : default;

    public static Activity? StartPublish(OutboxMessage row)
    {
        var parent = ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var stored) ? stored : default;
        var activity = Source.StartActivity($"outbox publish {ShortName(row.MessageType)}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());
        activity?.SetTag("messaging.message.type", row.MessageType);
        activity?.SetTag("triage.outbox.id", row.Id);
        return activity;
    }

    private static string ShortName(string messageType) => messageType[(messageType.LastIndexOf('.') + 1)..];
}
