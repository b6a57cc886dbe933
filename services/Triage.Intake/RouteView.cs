namespace Triage.Intake;

public sealed record RouteView(string Destination, DateTimeOffset? RoutedAt, string? Reason);
