namespace Triage.Intake;

public sealed record ComplaintView(
    Guid Id,
    string? ExternalId,
    string Channel,
    DateTimeOffset ReceivedAt,
    string Status,
    ComplainantView Complainant,
    RepresentativeView? Representative,
    string? Product,
    string? Category,
    string Text,
    OriginView? Origin,
    TriageView? Triage,
    RouteView? Route);
