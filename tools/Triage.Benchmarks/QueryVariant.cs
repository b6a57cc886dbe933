using Triage.Signals.Text;

namespace Triage.Benchmarks;

// How the benchmarks ask: with or without spans, over all time or the ±30 days the signals ask about.
public sealed record QueryVariant(string Name, bool Spans, TimeSpan? Window)
{
    public static readonly QueryVariant[] All =
    [
        new("query", false, null),
        new("query with spans", true, null),
        new("query ±30 days", false, TimeSpan.FromDays(30)),
    ];

    public NearDuplicateQuery For(IndexedComplaint complaint) => new(
        complaint.Fingerprint, complaint.Owner, complaint.ReceivedAt - Window, complaint.ReceivedAt + Window, WithSpans: Spans);
}
