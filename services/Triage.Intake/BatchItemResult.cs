namespace Triage.Intake;

public sealed record BatchItemResult(int Index, Guid? Id, string? ExternalId, string Status, bool? Duplicate, Dictionary<string, string[]>? Errors);
