namespace Triage.Intake;

public sealed record SubmitResponse(Guid Id, string? ExternalId, string Status);
