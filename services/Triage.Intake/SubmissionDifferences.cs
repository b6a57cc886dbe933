using Triage.Complaints;
using Triage.ServiceDefaults;

namespace Triage.Intake;

// What a resubmission under a known externalId would change, by the wire names of the fields. The parsed values are
// compared, not the bytes: key order, escaping and the offset receivedAt was written with do not matter. Only the
// names leave here, never the values, which are personal.
public static class SubmissionDifferences
{
    public const string Reason = "differs from the complaint already stored under this externalId";

    public static IReadOnlyList<string> Between(ComplaintRow stored, ComplaintPersonalData storedPersonal, NewComplaint submitted)
    {
        var (before, after) = (storedPersonal, submitted.PersonalData);
        var fields = new (string Field, bool Differs)[]
        {
            ("channel", Differs(stored.Channel, submitted.Channel)),
            // PostgreSQL keeps microseconds: a finer receivedAt comes back rounded, and is still the same instant.
            ("receivedAt", Math.Abs((stored.ReceivedAt - submitted.ReceivedAt).Ticks) >= TimeSpan.TicksPerMicrosecond),
            ("complainant.name", Differs(before.Complainant.Name, after.Complainant.Name)),
            ("complainant.phone", Differs(before.Complainant.Phone, after.Complainant.Phone)),
            ("complainant.idNumber", Differs(before.Complainant.IdNumber, after.Complainant.IdNumber)),
            ("complainant.customerId", Differs(before.Complainant.CustomerId, after.Complainant.CustomerId)),
            ("complainant.email", Differs(before.Complainant.Email, after.Complainant.Email)),
            ("representative.name", Differs(before.Representative?.Name, after.Representative?.Name)),
            ("representative.phone", Differs(before.Representative?.Phone, after.Representative?.Phone)),
            ("representative.organization", Differs(before.Representative?.Organization, after.Representative?.Organization)),
            ("representative.relation", Differs(before.Representative?.Relation, after.Representative?.Relation)),
            ("product", Differs(stored.Product, submitted.Product)),
            ("category", Differs(stored.Category, submitted.Category)),
            ("text", Differs(before.Text, after.Text)),
            ("origin.ip", Differs(before.Origin?.Ip, after.Origin?.Ip)),
            ("origin.deviceId", Differs(before.Origin?.DeviceId, after.Origin?.DeviceId)),
        };
        return fields.Where(f => f.Differs).Select(f => f.Field).ToList();
    }

    private static bool Differs(string? stored, string? submitted) => !string.Equals(stored, submitted, StringComparison.Ordinal);

    public static ValidationErrors ToErrors(IReadOnlyList<string> fields)
    {
        var errors = new ValidationErrors();
        foreach (var field in fields)
            errors.Add(field, Reason);
        return errors;
    }
}
