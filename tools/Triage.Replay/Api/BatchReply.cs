namespace Triage.Replay.Api;

public sealed record BatchReply(IReadOnlyList<BatchReplyItem> Results);
