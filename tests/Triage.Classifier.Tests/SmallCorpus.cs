using Triage.Classifier.Evaluation;
using Triage.Cli.Training;
using Triage.Corpus;

namespace Triage.Classifier.Tests;

// 3,000 generated complaints with their hindsight signals, read through the same code as `triage train`.
public static class SmallCorpus
{
    private static readonly Lazy<IReadOnlyList<LabelledRow>> Lazy = new(() => Read(new CorpusOptions { Seed = 7, Complaints = 3_000 }));

    public static IReadOnlyList<LabelledRow> Rows => Lazy.Value;

    // The rows as an evidence fit takes them, every text sub-score held even.
    public static (List<float[]> Signals, List<float> Text, List<bool> Labels) EvidenceRows() =>
        (Rows.Select(r => r.Input.Signals).ToList(), Rows.Select(_ => 0.5f).ToList(), Rows.Select(r => r.Input.Label).ToList());

    public static IReadOnlyList<LabelledRow> Read(CorpusOptions options) => GeneratedCorpus.ReadAsync(options, CancellationToken.None).GetAwaiter().GetResult();
}
