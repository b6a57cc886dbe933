using System.Globalization;
using System.Text;
using System.Text.Json;
using Triage.Complaints;
using Triage.Intake;
using Triage.Storage;

namespace Triage.Tests.Fuzz;

// A stored complaint put back into the wire format and run through the intake's validator, plus what the validator
// takes for granted: text that is well-formed Unicode.
public static class StoredComplaint
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<string> Errors(ComplaintRow row, PersonalDataProtector protector)
    {
        var json = protector.Open(row.Personal);
        var personal = JsonSerializer.Deserialize<ComplaintPersonalData>(json, PersonalDataJson.Options)!;
        var receivedAt = row.ReceivedAt.ToOffset(TimeSpan.FromMinutes(row.ReceivedOffsetMinutes))
            .ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        var submission = new ComplaintSubmission(row.ExternalId, row.Channel, receivedAt, personal.Complainant, personal.Representative, row.Product,
            row.Category, personal.Text, personal.Origin);
        var errors = ComplaintValidator.Validate(submission, DateTimeOffset.UtcNow).ToDictionary()
            .Select(e => $"{e.Key} {string.Join(", ", e.Value)}").ToList();
        foreach (var (field, value) in Strings(submission, row))
        {
            try
            {
                Strict.GetByteCount(value);
            }
            catch (EncoderFallbackException)
            {
                errors.Add($"{field} is not well-formed Unicode");
            }
        }
        return errors;
    }

    private static IEnumerable<(string, string)> Strings(ComplaintSubmission s, ComplaintRow row)
    {
        (string, string?)[] all =
        [
            ("externalId", s.ExternalId), ("product", s.Product), ("text", s.Text), ("complainant.name", s.Complainant?.Name),
            ("complainant.customerId", s.Complainant?.CustomerId), ("complainant.email", s.Complainant?.Email),
            ("representative.name", s.Representative?.Name), ("representative.organization", s.Representative?.Organization),
            ("origin.deviceId", s.Origin?.DeviceId), ("route.reason", row.RouteReason),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }
}
