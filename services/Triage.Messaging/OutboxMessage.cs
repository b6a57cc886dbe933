namespace Triage.Messaging;

public sealed record OutboxMessage(long Id, Guid MessageId, string MessageType, string Body, string? TraceParent = null, string? TraceState = null);
