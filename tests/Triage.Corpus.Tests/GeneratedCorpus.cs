using System.Text;
using System.Text.Json;
using Triage.Corpus;

namespace Triage.Corpus.Tests;

// A corpus written through the real writer and read back line by line, as a consumer of the files would.
public sealed class GeneratedCorpus
{
    private static readonly Lazy<GeneratedCorpus> DefaultCorpus = new(() => Generate(new CorpusOptions { Seed = 1 }));

    private GeneratedCorpus(string[] complaintLines, string[] labelLines)
    {
        ComplaintLines = complaintLines;
        LabelLines = labelLines;
        Complaints = complaintLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Labels = labelLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
    }

    public static GeneratedCorpus Default => DefaultCorpus.Value;

    public string[] ComplaintLines { get; }
    public string[] LabelLines { get; }
    public JsonElement[] Complaints { get; }
    public JsonElement[] Labels { get; }

    public IEnumerable<(JsonElement Complaint, JsonElement Label)> Items => Complaints.Zip(Labels);

    public static GeneratedCorpus Generate(CorpusOptions options)
    {
        var (complaints, labels) = Bytes(options);
        return new GeneratedCorpus(Lines(complaints), Lines(labels));
    }

    public static (byte[] Complaints, byte[] Labels) Bytes(CorpusOptions options)
    {
        using var complaints = new MemoryStream();
        using var labels = new MemoryStream();
        var writer = new CorpusWriter(complaints, labels);
        foreach (var item in new CorpusGenerator(options).Generate())
            writer.Write(item);
        return (complaints.ToArray(), labels.ToArray());
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
