namespace Triage.Signals.Links;

// Who a complaint is from, as far as identifiers tell: the ID number first, then the customer id, the phone and the
// email. A relative filing with the same phone or ID is the same complainant, as domain.md asks.
public static class ComplainantKey
{
    private static readonly IdentifierKind[] Preference =
        [IdentifierKind.ComplainantIdNumber, IdentifierKind.CustomerId, IdentifierKind.ComplainantPhone, IdentifierKind.Email];

    public static string For(ComplaintFacts complaint) => For(complaint.Id, complaint.Identifiers);

    public static string For(Guid complaintId, IReadOnlyList<Identifier> identifiers)
    {
        foreach (var kind in Preference)
        {
            var identifier = identifiers.FirstOrDefault(i => i.Kind == kind);
            if (identifier is not null)
                return Of(identifier);
        }
        return $"{AnonymousPrefix}{complaintId:N}";
    }

    // Whether a key names a person through an identifier, rather than standing for a complaint that gave none.
    public static bool NamesSomeone(string key) => !key.StartsWith(AnonymousPrefix, StringComparison.Ordinal);

    private const string AnonymousPrefix = "complaint:";

    // The key of a complaint whose strongest personal identifier is this one.
    public static string Of(Identifier identifier) => $"{identifier.Kind}:{identifier.Hash}";

    // How many people stand behind an identifier, from the distinct complainant keys of its sightings. A filing that
    // names nothing stronger than this identifier (the phone alone, say) is keyed by the identifier itself: when other
    // filings name an ID number or customer id beside it, that filing is one of those people, not one more. Without
    // this, one person who gives a different subset of their identifiers each time counted as several people behind
    // their own phone, which made the phone a hub and hid their filings from each other.
    public static int People(IReadOnlyCollection<string> distinctKeys, Identifier identifier) => People(distinctKeys, Of(identifier));

    public static int People(IReadOnlyCollection<string> distinctKeys, string ownKey) =>
        distinctKeys.Count > 1 && distinctKeys.Contains(ownKey) ? distinctKeys.Count - 1 : distinctKeys.Count;

    // Identifiers that say who the complainant is, rather than who helped them file.
    public static bool IsPersonal(IdentifierKind kind) => Preference.Contains(kind);

    // The same for a kind as stored: one this build does not know is no personal identifier, and must not fail the
    // complaints that merely share a person with it.
    public static bool IsPersonal(string storedKind) => Enum.TryParse<IdentifierKind>(storedKind, out var kind) && IsPersonal(kind);

    // Identifiers through which the signals look for a person's other filings: the personal ones, and the name they sign
    // with, which finds a filing only beside shared content in the texts (SignalExtractor).
    public static bool FindsFilings(string storedKind) =>
        Enum.TryParse<IdentifierKind>(storedKind, out var kind) && (IsPersonal(kind) || kind == IdentifierKind.ComplainantName);
}
