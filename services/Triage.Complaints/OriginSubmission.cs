namespace Triage.Complaints;

public sealed record OriginSubmission(string? Ip, string? DeviceId);
