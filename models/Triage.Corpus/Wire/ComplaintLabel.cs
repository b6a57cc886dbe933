namespace Triage.Corpus.Wire;

public sealed record ComplaintLabel(string ExternalId, bool Suspect, string Kind, string Group);
