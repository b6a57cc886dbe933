using Triage.Signals;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Intake;

public static class ComplaintIdentifiers
{
    public static IReadOnlyList<Identifier> From(ComplaintSubmission submission, PersonalDataProtector protector)
    {
        var values = new (IdentifierKind Kind, string? Value)[]
        {
            (IdentifierKind.ComplainantPhone, submission.Complainant?.Phone),
            (IdentifierKind.ComplainantIdNumber, submission.Complainant?.IdNumber),
            (IdentifierKind.CustomerId, submission.Complainant?.CustomerId),
            (IdentifierKind.Email, submission.Complainant?.Email),
            (IdentifierKind.RepresentativePhone, submission.Representative?.Phone),
            (IdentifierKind.Organization, submission.Representative?.Organization),
            (IdentifierKind.Ip, submission.Origin?.Ip),
            (IdentifierKind.Device, submission.Origin?.DeviceId),
        };
        var identifiers = new List<Identifier>();
        foreach (var (kind, value) in values)
        {
            var normal = IdentifierNormalizer.Normalize(kind, value);
            if (protector.Hash(IdentifierNormalizer.HashSpace(kind), normal) is { } hash)
                identifiers.Add(new Identifier(kind, Convert.ToHexString(hash)));
        }
        return identifiers;
    }
}
