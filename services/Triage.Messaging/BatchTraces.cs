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

    public static BatchTraces Start<T>(Batch<T> batch, string name, Func<T, Guid> complaintOf) where T : class
    {
        var traces = new BatchTraces();
        var current = Activity.Current;
        try
        {
            foreach (var context in batch)
            {
                var complaint = complaintOf(context.Message);
                if (traces._spans.ContainsKey(complaint))
                    continue;
                var parent = context.Headers.Get<string>(DiagnosticHeaders.ActivityId) is { } header
                    && ActivityContext.TryParse(header, null, isRemote: true, out var carried)
                        ? carried
                        : default;
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

    // The trace an outbox row about this complaint is written under: its own span, or the current one.
    public (string? Parent, string? State) Of(Guid complaintId) =>
        _spans.TryGetValue(complaintId, out var span) ? (span.Id, span.TraceStateString) : OutboxTracing.Current();

    public void Dispose()
    {
        var current = Activity.Current;
        foreach (var span in _spans.Values)
            span.Stop();
        Activity.Current = current;
    }
}
