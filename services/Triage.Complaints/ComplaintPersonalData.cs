using System.Text.Json;
using Triage.Storage;

namespace Triage.Complaints;

// Everything in a complaint that could identify a person; stored only sealed with AES-GCM.
public sealed record ComplaintPersonalData(
    ComplainantSubmission Complainant,
    RepresentativeSubmission? Representative,
    string Text,
    OriginSubmission? Origin)
{
    public static ComplaintPersonalData Open(PersonalDataProtector protector, byte[] sealedBytes) =>
        JsonSerializer.Deserialize<ComplaintPersonalData>(protector.Open(sealedBytes), PersonalDataJson.Options)!;

    // The text alone, read straight from the JSON without the rest of the record: the signals need nothing else of it,
    // and the nightly run opens every complaint of its window.
    public static string OpenText(PersonalDataProtector protector, byte[] sealedBytes)
    {
        var reader = new Utf8JsonReader(protector.Open(sealedBytes));
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("text"u8) && reader.Read())
                return reader.GetString() ?? "";
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > 0)
                reader.Skip();
        throw new JsonException("Sealed personal data without a text.");
    }

    public byte[] Seal(PersonalDataProtector protector) => protector.Seal(JsonSerializer.SerializeToUtf8Bytes(this, PersonalDataJson.Options));
}
