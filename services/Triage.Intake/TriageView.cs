namespace Triage.Intake;

public sealed record TriageView(double Score, bool Suspect, IReadOnlyList<string> Reasons, string? ClusterId, string ModelVersion, DateTimeOffset ScoredAt);
