namespace Triage.Intake;

public sealed record SubmitResult(Guid Id, string? ExternalId, string Status, bool Created);
