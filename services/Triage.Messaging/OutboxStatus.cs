namespace Triage.Messaging;

public sealed record OutboxStatus(long Pending, DateTimeOffset? OldestPendingAt, long Sent);
