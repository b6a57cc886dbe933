using Triage.Classifier.Evaluation;
using Triage.Corpus;

namespace Triage.Cli.Training;

// A corpus generated in this process, read back through the same code as `triage train --data`.
public static class GeneratedCorpus
{
    public static async Task<IReadOnlyList<LabelledRow>> ReadAsync(CorpusOptions options, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("triage-corpus-");
        try
        {
            await using (var complaints = File.Create(Path.Combine(directory.FullName, "complaints.jsonl")))
            await using (var labels = File.Create(Path.Combine(directory.FullName, "labels.jsonl")))
            {
                var writer = new CorpusWriter(complaints, labels);
                foreach (var item in new CorpusGenerator(options).Generate())
                    writer.Write(item);
            }
            return await LabelledCorpus.ReadAsync(directory, cancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
