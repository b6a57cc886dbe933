using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triage.Corpus;

public sealed class CorpusWriter(Stream complaints, Stream labels)
{
    // Relaxed escaping keeps the Chinese text readable in the files; the output is never embedded in HTML.
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Write(LabelledComplaint item)
    {
        JsonSerializer.Serialize(complaints, item.Complaint, Json);
        complaints.Write(NewLine);
        JsonSerializer.Serialize(labels, item.Label, Json);
        labels.Write(NewLine);
    }
}
