using Triage.Classifier.Evaluation;
using Triage.Cli.Training;
using Triage.Corpus;

namespace Triage.Classifier.Tests;

// 3,000 generated complaints with their hindsight signals, read through the same code as `triage train`.
public static class SmallCorpus
{
    private static readonly Lazy<IReadOnlyList<LabelledRow>> Lazy = new(() => Read(new CorpusOptions { Seed = 7, Complaints = 3_000 }));

    public static IReadOnlyList<LabelledRow> Rows => Lazy.Value;

    public static IReadOnlyList<LabelledRow> Read(CorpusOptions options)
    {
        var directory = Directory.CreateTempSubdirectory("triage-classifier-corpus-");
        try
        {
            using (var complaints = File.Create(Path.Combine(directory.FullName, "complaints.jsonl")))
            using (var labels = File.Create(Path.Combine(directory.FullName, "labels.jsonl")))
            {
                var writer = new CorpusWriter(complaints, labels);
                foreach (var item in new CorpusGenerator(options).Generate())
                    writer.Write(item);
            }
            return LabelledCorpus.ReadAsync(directory, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
