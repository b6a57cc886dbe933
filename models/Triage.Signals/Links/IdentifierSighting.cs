namespace Triage.Signals.Links;

public readonly record struct IdentifierSighting(DateTimeOffset At, string Complainant, Guid ComplaintId);
