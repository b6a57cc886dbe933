namespace Triage.Scoring.Registry;

public sealed record ModelList(string? Active, IReadOnlyList<ModelSummary> Items, IReadOnlyList<ModelActivation> History);
