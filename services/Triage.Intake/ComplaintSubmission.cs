using Triage.Complaints;

namespace Triage.Intake;

// The wire format (docs/wire-format.md). Everything is nullable so that a missing field becomes a validation error, not a parse error.
public sealed record ComplaintSubmission(
    string? ExternalId,
    string? Channel,
    string? ReceivedAt,
    ComplainantSubmission? Complainant,
    RepresentativeSubmission? Representative,
    string? Product,
    string? Category,
    string? Text,
    OriginSubmission? Origin);
