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

    // The organisations it names (their keyed hashes): ClusterOptions.BehindOtherOrganizations.
    public IReadOnlySet<string> Organizations() =>
        Identifiers.Where(i => i.Kind == IdentifierKind.Organization).Select(i => i.Hash).ToHashSet(StringComparer.Ordinal);

    // Of those that name any, for ClusterBuilder.
    public static IReadOnlyDictionary<Guid, IReadOnlySet<string>> OrganizationsOf(IEnumerable<ComplaintFacts> complaints) =>
        complaints.Select(c => (c.Id, Named: c.Organizations())).Where(c => c.Named.Count > 0).ToDictionary(c => c.Id, c => c.Named);

    // When each was received, for ClusterBuilder (TimesApart).
    public static IReadOnlyDictionary<Guid, DateTimeOffset> TimesOf(IEnumerable<ComplaintFacts> complaints) =>
        complaints.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.ReceivedAt);
}
