namespace Triage.Intake;

public sealed record OriginView(string? Ip, string? DeviceId);
