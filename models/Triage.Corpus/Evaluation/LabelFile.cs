using System.Text.Json;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Evaluation;

// labels.jsonl as `triage generate` writes it, in arrival order.
public static class LabelFile
{
    public static IReadOnlyList<ComplaintLabel> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<ComplaintLabel>(line, CorpusWriter.Json)
                            ?? throw new InvalidDataException($"{path}: a line holds no label"))
            .ToList();
}
