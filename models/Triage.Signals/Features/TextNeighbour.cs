namespace Triage.Signals.Features;

// A complaint from another complainant whose text skeleton is near-identical to this one's.
public sealed record TextNeighbour(Guid ComplaintId, string Complainant, DateTimeOffset At, double Similarity);
