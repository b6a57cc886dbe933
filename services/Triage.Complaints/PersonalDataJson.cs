using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triage.Complaints;

public static class PersonalDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
