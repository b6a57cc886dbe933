namespace Triage.Review;

public sealed record RouteSummary(string Destination, DateTimeOffset? RoutedAt, string? Reason);
