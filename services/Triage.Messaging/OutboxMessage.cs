namespace Triage.Messaging;

public sealed record OutboxMessage(long Id, Guid MessageId, string MessageType, string Body);
