namespace Triage.Benchmarks;

public sealed record WireLabel(string ExternalId, bool Suspect, string Kind, string Group);
