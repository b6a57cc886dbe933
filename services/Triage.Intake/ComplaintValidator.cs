using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Triage.Complaints;
using Triage.ServiceDefaults;

namespace Triage.Intake;

public static partial class ComplaintValidator
{
    public const int MaxTextLength = 10_000;

    public const string ExternalIdRule = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

    public static bool IsExternalId(string value) => ExternalIdPattern().IsMatch(value);

    public static ValidationErrors Validate(ComplaintSubmission complaint, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (complaint.ExternalId is { } externalId && !IsExternalId(externalId))
            errors.Add("externalId", ExternalIdRule);

        if (string.IsNullOrWhiteSpace(complaint.Channel))
            errors.Add("channel", "is required");
        else if (!ComplaintVocabulary.Channels.Contains(complaint.Channel))
            errors.Add("channel", $"must be one of {string.Join(", ", ComplaintVocabulary.Channels)}");

        ValidateReceivedAt(complaint.ReceivedAt, now, errors);
        ValidateComplainant(complaint.Complainant, errors);
        ValidateRepresentative(complaint.Representative, errors);

        ValidateCategory(complaint.Category, errors);
        MaxLength(complaint.Product, 64, "product", errors);
        // Stored as it came, unsealed: PostgreSQL refuses a NUL in a text column, and no product name holds one.
        if (complaint.Product?.Any(char.IsControl) == true)
            errors.Add("product", "must not contain control characters");
        ValidateText(complaint.Text, errors);

        if (complaint.Origin?.Ip is { } ip && !IPAddress.TryParse(ip, out _))
            errors.Add("origin.ip", "must be an IPv4 or IPv6 address");
        MaxLength(complaint.Origin?.DeviceId, 128, "origin.deviceId", errors);
        ValidateUnicode(complaint, errors);
        return errors;
    }

    // The rules for the fields a desk may amend later, so that an amendment is held to what intake holds.
    public static void ValidateCategory(string? category, ValidationErrors errors)
    {
        if (category is not null && !ComplaintVocabulary.Categories.Contains(category))
            errors.Add("category", $"must be one of {string.Join(", ", ComplaintVocabulary.Categories)}");
    }

    public static void ValidateText(string? text, ValidationErrors errors)
    {
        var textLength = text is null ? 0 : NormalText(text).EnumerateRunes().Count();
        if (textLength == 0)
            errors.Add("text", "is required and must not be blank");
        else if (textLength > MaxTextLength)
            errors.Add("text", $"must be at most {MaxTextLength:N0} characters after trimming, not {textLength:N0}");
        else if (!Normalizable(text!))
            errors.Add("text", UnicodeRule);
    }

    // The text as it is stored and compared.
    public static string NormalText(string text) => text.Trim();

    // Identifiers and text are NFKC-normalised for matching and scoring, which throws on some code points (U+FFFE): a
    // complaint holding one would fail at intake or never be scored, so it is refused here, naming the field (the text
    // in ValidateText, which an amendment goes through too).
    private static void ValidateUnicode(ComplaintSubmission complaint, ValidationErrors errors)
    {
        // Phones, ID numbers and IPs have patterns of their own that no such character passes.
        (string Field, string? Value)[] fields =
        [
            ("complainant.name", complaint.Complainant?.Name), ("complainant.customerId", complaint.Complainant?.CustomerId),
            ("complainant.email", complaint.Complainant?.Email), ("representative.name", complaint.Representative?.Name),
            ("representative.organization", complaint.Representative?.Organization), ("product", complaint.Product),
            ("origin.deviceId", complaint.Origin?.DeviceId),
        ];
        foreach (var (field, value) in fields)
            if (value is not null && !Normalizable(value))
                errors.Add(field, UnicodeRule);
    }

    private const string UnicodeRule = "must be Unicode text without noncharacters such as U+FFFE";

    private static bool Normalizable(string value)
    {
        try
        {
            value.IsNormalized(NormalizationForm.FormKC);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // No complaint of this system's lenders is older; a year-1 date is a broken feed, and scoring could never use it.
    public static readonly DateTimeOffset EarliestReceivedAt = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset ParseReceivedAt(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static void ValidateReceivedAt(string? receivedAt, DateTimeOffset now, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(receivedAt))
            errors.Add("receivedAt", "is required");
        else if (!Rfc3339Pattern().IsMatch(receivedAt)
                 || !DateTimeOffset.TryParse(receivedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            errors.Add("receivedAt", "must be an RFC 3339 timestamp with an offset, such as 2026-11-20T09:13:00+08:00");
        else if (parsed > now.AddHours(24))
            errors.Add("receivedAt", "must not be more than 24 hours in the future");
        else if (parsed < EarliestReceivedAt)
            errors.Add("receivedAt", "must not be before 2000-01-01");
    }

    private static void ValidateComplainant(ComplainantSubmission? complainant, ValidationErrors errors)
    {
        if (complainant is null)
        {
            errors.Add("complainant", "is required");
            return;
        }
        var nameLength = complainant.Name?.Trim().EnumerateRunes().Count() ?? 0;
        if (nameLength == 0)
            errors.Add("complainant.name", "is required");
        else if (nameLength > 64)
            errors.Add("complainant.name", "must be at most 64 characters");
        if (complainant.Phone is { } phone && !IdentityNumbers.IsValidPhone(phone))
            errors.Add("complainant.phone", "must be a mainland mobile number (11 digits starting with 1) or landline digits with an optional '-'");
        if (complainant.IdNumber is { } id && !IdentityNumbers.IsValidResidentId(id))
            errors.Add("complainant.idNumber", "must be an 18-character resident ID number with a valid check digit");
        MaxLength(complainant.CustomerId, 64, "complainant.customerId", errors);
        MaxLength(complainant.Email, 254, "complainant.email", errors);
    }

    private static void ValidateRepresentative(RepresentativeSubmission? representative, ValidationErrors errors)
    {
        if (representative is null)
            return;
        if (representative.Relation is { } relation && !ComplaintVocabulary.Relations.Contains(relation))
            errors.Add("representative.relation", $"must be one of {string.Join(", ", ComplaintVocabulary.Relations)}");
        if (representative.Phone is { } phone && !IdentityNumbers.IsValidPhone(phone))
            errors.Add("representative.phone", "must be a mainland mobile number (11 digits starting with 1) or landline digits with an optional '-'");
        MaxLength(representative.Name, 64, "representative.name", errors);
        MaxLength(representative.Organization, 128, "representative.organization", errors);
    }

    private static void MaxLength(string? value, int max, string field, ValidationErrors errors)
    {
        if (value is not null && value.Length > max)
            errors.Add(field, $"must be at most {max} characters");
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Pattern();
}
