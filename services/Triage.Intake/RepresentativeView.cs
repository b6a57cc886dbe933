namespace Triage.Intake;

public sealed record RepresentativeView(string? Name, string? Phone, string? Organization, string? Relation);
