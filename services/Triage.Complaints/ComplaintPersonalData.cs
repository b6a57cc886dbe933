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

    public byte[] Seal(PersonalDataProtector protector) => protector.Seal(JsonSerializer.SerializeToUtf8Bytes(this, PersonalDataJson.Options));
}
