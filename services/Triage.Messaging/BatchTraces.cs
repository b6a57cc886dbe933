using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;

namespace Triage.Messaging;

// A batch is consumed under one span, but each complaint's journey is its own trace. So each message of a batch gets a
// span of its own that continues the message's trace (MassTransit carries it in the MT-Activity-Id header), tagged with
// its complaint, and the outbox row written for that complaint is written under it: the next hop continues the
// complaint's trace, not the batch's. The spans end when the batch does.
public sealed class BatchTraces : IDisposable
{
    private readonly Dictionary<Guid, Activity> _spans = [];

    // No spans of its own: every message goes on under the current trace (work that is not a batch of messages).
    public static BatchTraces None { get; } = new();

    public static BatchTraces Start<T>(Batch<T> batch, string name, Func<T, Guid> complaintOf) where T : class =>
        Start(batch.Select(context => (complaintOf(context.Message),
            context.Headers.Get<string>(DiagnosticHeaders.ActivityId) is { } header && ActivityContext.TryParse(header, null, isRemote: true, out var carried)
                ? carried
                : default)), name);

    // Each complaint's span continues the trace it came with (default: a trace of its own) and links to the current span,
    // the batch's.
    public static BatchTraces Start(IEnumerable<(Guid Complaint, ActivityContext Parent)> messages, string name)
    {
        var traces = new BatchTraces();
        var current = Activity.Current;
        try
        {
            foreach (var (complaint, parent) in messages)
            {
                if (traces._spans.ContainsKey(complaint))
                    continue;
                var links = current is null ? null : new[] { new ActivityLink(current.Context) };
                var span = OutboxTracing.Source.StartActivity(name, ActivityKind.Consumer, parent, links: links);
                if (span is null)
                    continue;
                span.SetTag(ComplaintTracing.ComplaintId, complaint);
                traces._spans[complaint] = span;
            }
        }
        finally
        {
            // Starting a span makes it the current one; the batch's own span stays current for the batch's work.
            Activity.Current = current;
        }
        return traces;
    }

    // The trace an outbox row about each message's complaint is written under: the complaint's own span, or the current one.
    public IReadOnlyList<(T Message, OutboxTrace Trace)> Of<T>(IEnumerable<T> messages, Func<T, Guid> complaintOf) =>
        messages.Select(m => (m, _spans.TryGetValue(complaintOf(m), out var span) ? new OutboxTrace(span.Id, span.TraceStateString) : OutboxTracing.Current()))
            .ToList();

    // Makes the complaint's own span the current one until the scope ends: log lines written meanwhile carry the complaint's
    // trace, and so does an outbox row written by the one-complaint path a failed batch falls back to.
    public Scope Enter(Guid complaintId)
    {
        var previous = Activity.Current;
        if (_spans.TryGetValue(complaintId, out var span))
            Activity.Current = span;
        return new Scope(previous);
    }

    public readonly struct Scope(Activity? previous) : IDisposable
    {
        public void Dispose() => Activity.Current = previous;
    }

    public void Dispose()
    {
        var current = Activity.Current;
        foreach (var span in _spans.Values)
            span.Stop();
        Activity.Current = current;
    }
}
