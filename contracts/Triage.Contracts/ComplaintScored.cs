namespace Triage.Contracts;

// ClusterId is the cluster the complaint belongs to once scored, null when it is linked to nobody.
public record ComplaintScored(Guid ComplaintId, double Score, bool Suspect, string ModelVersion, DateTimeOffset ScoredAt, string? ClusterId = null);
