namespace Triage.Corpus.Processes;

// A fault on the lender's side (double deduction, outage, wrong interest, wrong SMS, wrong credit report)
// that many unrelated customers complain about within hours.
public sealed record Incident(string Id, string Type, string Category, string App, DateTimeOffset At);
