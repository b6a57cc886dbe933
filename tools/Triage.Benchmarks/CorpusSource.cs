using System.Text.Json;
using Triage.Corpus.Synthetic;

namespace Triage.Benchmarks;

// A generated corpus (complaints.jsonl and labels.jsonl from `triage generate`, matched line by line) or the tests'
// synthetic one.
public static class CorpusSource
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CorpusText> Load(BenchmarkOptions options)
    {
        if (options.Corpus is null)
        {
            return new SyntheticCorpus(options.Seed).Generate(options.Synthetic)
                .Select(c => new CorpusText(c.Id, c.Owner, c.ReceivedAt, c.Text, c.Kind, c.Group.ToString()))
                .ToList();
        }
        var complaints = File.ReadLines(Path.Combine(options.Corpus, "complaints.jsonl"));
        var labelsPath = Path.Combine(options.Corpus, "labels.jsonl");
        var labels = File.Exists(labelsPath) ? File.ReadLines(labelsPath) : complaints.Select(_ => "");
        var texts = new List<CorpusText>();
        var line = 0;
        foreach (var (json, labelJson) in complaints.Zip(labels))
        {
            line++;
            if (options.Limit is { } limit && texts.Count >= limit)
                break;
            var complaint = JsonSerializer.Deserialize<WireComplaint>(json, Json)!;
            var label = labelJson.Length == 0 ? null : JsonSerializer.Deserialize<WireLabel>(labelJson, Json);
            var person = complaint.Complainant;
            // The complainant as ComplainantKey names them: ID number, customer id, phone, email, else the line.
            var owner = person.IdNumber is { } id ? $"id:{id}"
                : person.CustomerId is { } customer ? $"customer:{customer}"
                : person.Phone is { } phone ? $"phone:{phone}"
                : person.Email is { } email ? $"email:{email}"
                : $"line:{line}";
            texts.Add(new CorpusText(new Guid(line, 0, 0, new byte[8]), owner, complaint.ReceivedAt, complaint.Text, label?.Kind ?? "", label?.Group ?? ""));
        }
        return texts;
    }
}
