namespace Triage.Complaints;

public sealed record RepresentativeSubmission(string? Name, string? Phone, string? Organization, string? Relation);
