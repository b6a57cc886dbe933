namespace Triage.Replay.Api;

public sealed record ListedTriage(string? ClusterId);
