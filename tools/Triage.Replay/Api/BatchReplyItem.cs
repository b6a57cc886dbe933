namespace Triage.Replay.Api;

public sealed record BatchReplyItem(int Index, Guid? Id, string? ExternalId, string Status, bool? Duplicate, Dictionary<string, string[]>? Errors);
