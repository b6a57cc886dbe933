using System.Text.Json;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Intake;

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
    IReadOnlyList<Identifier> Identifiers)
{
    public static NewComplaint From(ComplaintSubmission submission, PersonalDataProtector protector, DateTimeOffset now)
    {
        var complainant = submission.Complainant! with { Name = submission.Complainant!.Name!.Trim() };
        var personal = new ComplaintPersonalData(complainant, submission.Representative, submission.Text!.Trim(), submission.Origin);
        var receivedAt = ComplaintValidator.ParseReceivedAt(submission.ReceivedAt!);
        var identifiers = ComplaintIdentifiers.From(submission, protector);
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
            protector.Seal(JsonSerializer.SerializeToUtf8Bytes(personal, PersonalDataJson.Options)),
            Bytes(IdentifierKind.ComplainantPhone),
            Bytes(IdentifierKind.ComplainantIdNumber),
            Bytes(IdentifierKind.CustomerId),
            Bytes(IdentifierKind.Email),
            Bytes(IdentifierKind.RepresentativePhone),
            Bytes(IdentifierKind.Organization),
            Bytes(IdentifierKind.Ip),
            Bytes(IdentifierKind.Device),
            identifiers);

        byte[]? Bytes(IdentifierKind kind) =>
            identifiers.FirstOrDefault(i => i.Kind == kind) is { } identifier ? Convert.FromHexString(identifier.Hash) : null;
    }
}
