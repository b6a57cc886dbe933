using System.Text.Json;
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
    byte[]? OriginDeviceHash)
{
    public static NewComplaint From(ComplaintSubmission submission, PersonalDataProtector protector, DateTimeOffset now)
    {
        var complainant = submission.Complainant! with { Name = submission.Complainant!.Name!.Trim() };
        var personal = new ComplaintPersonalData(complainant, submission.Representative, submission.Text!.Trim(), submission.Origin);
        var receivedAt = ComplaintValidator.ParseReceivedAt(submission.ReceivedAt!);
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
            protector.Hash("phone", Normalize(complainant.Phone, IdentityNumbers.NormalizePhone)),
            protector.Hash("id-number", Normalize(complainant.IdNumber, IdentityNumbers.NormalizeResidentId)),
            protector.Hash("customer-id", complainant.CustomerId?.Trim()),
            protector.Hash("email", complainant.Email?.Trim().ToLowerInvariant()),
            protector.Hash("phone", Normalize(submission.Representative?.Phone, IdentityNumbers.NormalizePhone)),
            protector.Hash("organization", submission.Representative?.Organization?.Trim()),
            protector.Hash("ip", submission.Origin?.Ip?.Trim()),
            protector.Hash("device", submission.Origin?.DeviceId?.Trim()));
    }

    private static string? Normalize(string? value, Func<string, string> normalize) =>
        string.IsNullOrWhiteSpace(value) ? null : normalize(value.Trim());
}
