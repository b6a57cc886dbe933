using System.Text.Json;
using Triage.ServiceDefaults;

namespace Triage.Intake;

// A JSON request body read the one way every intake endpoint reads it: unreadable JSON and wrong JSON types become
// validation errors that name the field, never exceptions.
public static class JsonBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, ValidationErrors errors)
    {
        try
        {
            return JsonDocument.Parse(utf8Json);
        }
        catch (JsonException exception)
        {
            errors.Add("body", $"is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
            return null;
        }
    }

    public static T? Read<T>(JsonElement element, ValidationErrors errors) where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", "must be a JSON object");
            return null;
        }
        try
        {
            return element.Deserialize<T>(Json)!;
        }
        catch (JsonException exception)
        {
            errors.Add(FieldOf(exception.Path), "has the wrong JSON type");
            return null;
        }
    }

    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
