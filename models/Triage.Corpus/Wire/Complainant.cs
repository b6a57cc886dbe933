namespace Triage.Corpus.Wire;

public sealed record Complainant(string Name, string? Phone, string? IdNumber, string? CustomerId, string? Email);
