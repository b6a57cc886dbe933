using System.Text.Json;

namespace Triage.Replay;

// One line of complaints.jsonl, posted as it is written.
public sealed record CorpusLine(string Json, string ExternalId, DateTimeOffset ReceivedAt)
{
    public static IReadOnlyList<CorpusLine> ReadAll(string path)
    {
        var lines = new List<CorpusLine>();
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.TryGetProperty("externalId", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("receivedAt", out var at) && at.TryGetDateTimeOffset(out var receivedAt))
                lines.Add(new CorpusLine(text, id.GetString()!, receivedAt));
            else
                Console.Error.WriteLine($"{path} line {number}: no externalId or receivedAt; not posted, since no label could match it");
        }
        return lines;
    }
}
