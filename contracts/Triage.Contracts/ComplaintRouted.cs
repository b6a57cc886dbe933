namespace Triage.Contracts;

public record ComplaintRouted(Guid ComplaintId, string Destination, string Reason, string? PreviousDestination, DateTimeOffset RoutedAt);
