namespace Triage.Signals;

// What the signals need to know about one complaint. The text is held in memory only, to build its skeleton.
// RepresentedByLawFirm: the representative names a law firm as its organisation (LawFirms.Named).
public sealed record ComplaintFacts(
    Guid Id,
    string? ExternalId,
    DateTimeOffset ReceivedAt,
    string Channel,
    string? Category,
    string Text,
    string? RepresentativeRelation,
    bool RepresentedByLawFirm,
    IReadOnlyList<Identifier> Identifiers)
{
    // The name the complainant signs with (its keyed hash), when given.
    public Identifier? Name => Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.ComplainantName);
}
