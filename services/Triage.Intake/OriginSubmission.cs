namespace Triage.Intake;

public sealed record OriginSubmission(string? Ip, string? DeviceId);
