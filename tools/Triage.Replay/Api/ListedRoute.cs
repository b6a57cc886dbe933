namespace Triage.Replay.Api;

public sealed record ListedRoute(string Destination);
