using System.Text.Json;
using Triage.Signals.Features;
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

    // What the signals read of sealed personal data: the text, and whether the representative names a law firm
    // (LawFirms). Read straight from the JSON without the rest of the record: the nightly run opens every complaint of
    // its window.
    public static (string Text, bool RepresentedByLawFirm) OpenForSignals(PersonalDataProtector protector, byte[] sealedBytes)
    {
        var reader = new Utf8JsonReader(protector.Open(sealedBytes));
        string? text = null;
        var lawFirm = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                continue;
            var isText = reader.ValueTextEquals("text"u8);
            var isRepresentative = reader.ValueTextEquals("representative"u8);
            reader.Read();
            if (isText)
                text = reader.GetString() ?? "";
            else if (isRepresentative && reader.TokenType == JsonTokenType.StartObject)
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isOrganization = reader.ValueTextEquals("organization"u8);
                    reader.Read();
                    if (isOrganization)
                        lawFirm = reader.TokenType == JsonTokenType.String && LawFirms.Named(reader.GetString());
                    else
                        reader.Skip();
                }
            else
                reader.Skip();
        }
        return (text ?? throw new JsonException("Sealed personal data without a text."), lawFirm);
    }

    public byte[] Seal(PersonalDataProtector protector) => protector.Seal(JsonSerializer.SerializeToUtf8Bytes(this, PersonalDataJson.Options));
}
