namespace Triage.Scoring;

public sealed record TriageResult(double Score, bool Suspect, IReadOnlyList<string> Reasons, string ModelVersion, DateTimeOffset ScoredAt);
