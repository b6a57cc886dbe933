using System.Text;
using System.Text.Json;
using Triage.ServiceDefaults;

namespace Triage.Intake;

public static class SubmissionParser
{
    public const int MaxComplaintBytes = 64 * 1024;

    public static ParsedSubmission Parse(ReadOnlyMemory<byte> utf8Json, DateTimeOffset now)
    {
        if (utf8Json.Length > MaxComplaintBytes)
            return TooLarge(utf8Json.Length);
        var errors = new ValidationErrors();
        using var document = JsonBody.Parse(utf8Json, errors);
        return document is null ? new ParsedSubmission(null, errors) : Parse(document.RootElement, now);
    }

    // For an item of a batch: held to the same 64 KiB as a complaint posted alone.
    public static ParsedSubmission ParseItem(JsonElement item, DateTimeOffset now)
    {
        var size = Encoding.UTF8.GetByteCount(item.GetRawText());
        return size > MaxComplaintBytes ? TooLarge(size) : Parse(item, now);
    }

    private static ParsedSubmission Parse(JsonElement element, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (JsonBody.Read<ComplaintSubmission>(element, errors) is not { } complaint)
            return new ParsedSubmission(null, errors);
        var validation = ComplaintValidator.Validate(complaint, now);
        return new ParsedSubmission(validation.IsEmpty ? complaint : null, validation);
    }

    private static ParsedSubmission TooLarge(int size)
    {
        var errors = new ValidationErrors();
        errors.Add("body", $"a complaint may be at most 64 KiB ({MaxComplaintBytes:N0} bytes), not {size:N0} bytes");
        return new ParsedSubmission(null, errors);
    }
}
