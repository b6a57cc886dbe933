namespace Triage.Cli.Keys;

public sealed record RotationOutcome(string KeyId, long Complaints, long Moved, int Versions);
