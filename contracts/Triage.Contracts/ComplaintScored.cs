namespace Triage.Contracts;

public record ComplaintScored(Guid ComplaintId, double Score, bool Suspect, string ModelVersion, DateTimeOffset ScoredAt);
