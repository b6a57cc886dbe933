using Triage.Complaints;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Intake;

// PersonalData is the plain form of Personal, kept in memory only to compare a resubmission with the stored complaint.
public sealed record NewComplaint(
    Guid Id,
    string? ExternalId,
    string Channel,
    DateTimeOffset ReceivedAt,
    int ReceivedOffsetMinutes,
    DateTimeOffset SubmittedAt,
    string? Product,
    string? Category,
    string? RepresentativeRelation,
    byte[] Personal,
    byte[]? ComplainantPhoneHash,
    byte[]? ComplainantIdNumberHash,
    byte[]? ComplainantCustomerIdHash,
    byte[]? ComplainantEmailHash,
    byte[]? RepresentativePhoneHash,
    byte[]? RepresentativeOrganizationHash,
    byte[]? OriginIpHash,
    byte[]? OriginDeviceHash,
    IReadOnlyList<Identifier> Identifiers,
    ComplaintPersonalData PersonalData,
    string HashKeyId,
    IReadOnlyDictionary<string, IReadOnlyList<Identifier>> IdentifiersByKey)
{
    public static NewComplaint From(ComplaintSubmission submission, PersonalDataProtector protector, DateTimeOffset now)
    {
        var complainant = submission.Complainant! with { Name = submission.Complainant!.Name!.Trim() };
        var personal = new ComplaintPersonalData(complainant, submission.Representative, ComplaintValidator.NormalText(submission.Text!), submission.Origin);
        var receivedAt = ComplaintValidator.ParseReceivedAt(submission.ReceivedAt!);
        var identifiersByKey = ComplaintIdentifiers.UnderEveryKey(personal, protector);
        var identifiers = identifiersByKey[protector.MatchingKeyId];
        return new NewComplaint(
            Guid.CreateVersion7(now),
            submission.ExternalId,
            submission.Channel!,
            receivedAt.ToUniversalTime(),
            (int)receivedAt.Offset.TotalMinutes,
            now,
            submission.Product,
            submission.Category,
            submission.Representative?.Relation,
            personal.Seal(protector),
            Bytes(IdentifierKind.ComplainantPhone),
            Bytes(IdentifierKind.ComplainantIdNumber),
            Bytes(IdentifierKind.CustomerId),
            Bytes(IdentifierKind.Email),
            Bytes(IdentifierKind.RepresentativePhone),
            Bytes(IdentifierKind.Organization),
            Bytes(IdentifierKind.Ip),
            Bytes(IdentifierKind.Device),
            identifiers,
            personal,
            protector.MatchingKeyId,
            identifiersByKey);

        byte[]? Bytes(IdentifierKind kind) =>
            identifiers.FirstOrDefault(i => i.Kind == kind) is { } identifier ? Convert.FromHexString(identifier.Hash) : null;
    }
}
