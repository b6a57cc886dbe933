namespace Triage.Intake;

// The body of PATCH /api/v1/complaints/{id}: the fields a desk may amend, at least one of them.
public sealed record ComplaintAmendment(string? Text, string? Category);
