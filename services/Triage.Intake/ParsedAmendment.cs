using Triage.ServiceDefaults;

namespace Triage.Intake;

public sealed record ParsedAmendment(Amendment? Amendment, ValidationErrors Errors);
