namespace Triage.Corpus.Wire;

public sealed record Origin(string? Ip, string? DeviceId);
