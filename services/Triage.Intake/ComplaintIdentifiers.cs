using Triage.Complaints;
using Triage.Signals;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Intake;

public static class ComplaintIdentifiers
{
    public static IReadOnlyList<Identifier> From(ComplaintSubmission submission, PersonalDataProtector protector) =>
        From(submission.Complainant, submission.Representative, submission.Origin, protector, protector.MatchingKeyId);

    public static IReadOnlyList<Identifier> From(ComplaintPersonalData personal, PersonalDataProtector protector, string keyId) =>
        From(personal.Complainant, personal.Representative, personal.Origin, protector, keyId);

    // The identifiers hashed under every configured key: while a rotation runs, the old key's hashes keep new complaints
    // matched with old ones, and the new key's are ready for when the old one is retired.
    public static IReadOnlyDictionary<string, IReadOnlyList<Identifier>> UnderEveryKey(ComplaintPersonalData personal, PersonalDataProtector protector) =>
        protector.KeyIds.ToDictionary(id => id, id => From(personal, protector, id));

    private static IReadOnlyList<Identifier> From(
        ComplainantSubmission? complainant, RepresentativeSubmission? representative, OriginSubmission? origin, PersonalDataProtector protector, string keyId)
    {
        var values = new (IdentifierKind Kind, string? Value)[]
        {
            (IdentifierKind.ComplainantPhone, complainant?.Phone),
            (IdentifierKind.ComplainantIdNumber, complainant?.IdNumber),
            (IdentifierKind.CustomerId, complainant?.CustomerId),
            (IdentifierKind.Email, complainant?.Email),
            (IdentifierKind.RepresentativePhone, representative?.Phone),
            (IdentifierKind.Organization, representative?.Organization),
            (IdentifierKind.Ip, origin?.Ip),
            (IdentifierKind.Device, origin?.DeviceId),
            (IdentifierKind.ComplainantName, complainant?.Name),
        };
        var identifiers = new List<Identifier>();
        foreach (var (kind, value) in values)
        {
            var normal = IdentifierNormalizer.Normalize(kind, value);
            if (protector.Hash(IdentifierNormalizer.HashSpace(kind), normal, keyId) is { } hash)
                identifiers.Add(new Identifier(kind, Convert.ToHexString(hash)));
        }
        return identifiers;
    }
}
