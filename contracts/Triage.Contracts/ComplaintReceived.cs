namespace Triage.Contracts;

public record ComplaintReceived(Guid ComplaintId, string? ExternalId, string Channel, DateTimeOffset ReceivedAt);
