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
                return $"{kind}:{identifier.Hash}";
        }
        return $"complaint:{complaintId:N}";
    }

    // Identifiers that say who the complainant is, rather than who helped them file.
    public static bool IsPersonal(IdentifierKind kind) => Preference.Contains(kind);
}
