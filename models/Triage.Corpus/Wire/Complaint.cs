namespace Triage.Corpus.Wire;

public sealed record Complaint(
    string ExternalId,
    string Channel,
    DateTimeOffset ReceivedAt,
    Complainant Complainant,
    Representative? Representative,
    string? Product,
    string? Category,
    string Text,
    Origin? Origin);
