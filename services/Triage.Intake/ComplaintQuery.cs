namespace Triage.Intake;

public sealed record ComplaintQuery(
    string? ExternalId,
    string? Status,
    string? Route,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    int Limit,
    ComplaintCursor? After);
