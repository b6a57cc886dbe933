namespace Triage.Intake;

public sealed record BatchResponse(IReadOnlyList<BatchItemResult> Results);
