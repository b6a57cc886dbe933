namespace Triage.Review;

public sealed record MemberView(
    Guid Id, string? ExternalId, DateTimeOffset ReceivedAt, string Channel, string? Category, string ComplainantName,
    double? Score, bool? Suspect, string Status, RouteSummary? Route);
