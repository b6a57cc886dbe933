using System.Text;
using System.Text.Json;

namespace Triage.Intake;

public static class SubmissionParser
{
    public const int MaxComplaintBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ParsedSubmission Parse(ReadOnlyMemory<byte> utf8Json, DateTimeOffset now)
    {
        if (utf8Json.Length > MaxComplaintBytes)
            return TooLarge(utf8Json.Length);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException exception)
        {
            return Invalid("body", $"is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
        }
        using (document)
            return Parse(document.RootElement, now);
    }

    // For an item of a batch: held to the same 64 KiB as a complaint posted alone.
    public static ParsedSubmission ParseItem(JsonElement item, DateTimeOffset now)
    {
        var size = Encoding.UTF8.GetByteCount(item.GetRawText());
        return size > MaxComplaintBytes ? TooLarge(size) : Parse(item, now);
    }

    private static ParsedSubmission Parse(JsonElement element, DateTimeOffset now)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return Invalid("body", "must be a JSON object");
        try
        {
            var complaint = element.Deserialize<ComplaintSubmission>(Json)!;
            var validation = ComplaintValidator.Validate(complaint, now);
            return new ParsedSubmission(validation.IsEmpty ? complaint : null, validation);
        }
        catch (JsonException exception)
        {
            return Invalid(FieldOf(exception.Path), "has the wrong JSON type");
        }
    }

    private static ParsedSubmission TooLarge(int size) =>
        Invalid("body", $"a complaint may be at most 64 KiB ({MaxComplaintBytes:N0} bytes), not {size:N0} bytes");

    private static ParsedSubmission Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new ParsedSubmission(null, errors);
    }

    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
