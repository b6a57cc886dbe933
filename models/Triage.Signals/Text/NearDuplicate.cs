namespace Triage.Signals.Text;

// Spans are ranges of the query's original text that the neighbour shares, for highlighting the common template.
public sealed record NearDuplicate(Guid ComplaintId, long OwnerHash, DateTimeOffset ReceivedAt, double Similarity, IReadOnlyList<TextSpan> Spans);
