namespace Triage.Replay.Api;

public sealed record ListedComplaint(Guid Id, string? ExternalId, string Status, ListedTriage? Triage, ListedRoute? Route);
