using Triage.ServiceDefaults;

namespace Triage.Intake;

public sealed record ParsedSubmission(ComplaintSubmission? Complaint, ValidationErrors Errors);
