namespace Triage.Cli.Scoring;

public sealed record ScoredLine(string? ExternalId, double Score, bool Suspect, string? ClusterId, string Route, IReadOnlyList<string> Reasons);
