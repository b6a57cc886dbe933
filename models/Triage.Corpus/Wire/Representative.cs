namespace Triage.Corpus.Wire;

public sealed record Representative(string Name, string? Phone, string? Organization, string Relation);
