namespace Triage.Routing.Reconciliation;

// A complaint that could not be processed, as admins see it. `route` is where it went meanwhile (handling).
public sealed record FaultView(
    Guid Id,
    Guid ComplaintId,
    string? ExternalId,
    string Stage,
    string Error,
    int Attempts,
    DateTimeOffset ParkedAt,
    DateTimeOffset? RetriedAt,
    string? RetriedBy,
    DateTimeOffset? ResolvedAt,
    string ComplaintStatus,
    string? RouteDestination);
