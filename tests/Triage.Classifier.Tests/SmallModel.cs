using Triage.Classifier.Evaluation;

namespace Triage.Classifier.Tests;

// A quick model on the small corpus, trained once for the tests that only need a model.
public static class SmallModel
{
    public static readonly TrainerOptions Options = new() { Seed = 5, NumberOfIterations = 40, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = 10 };

    private static readonly Lazy<(string Path, TrainedModel Trained)> Lazy = new(() => Train(Path.Combine(Directory.CreateTempSubdirectory("triage-classifier-model-").FullName, "suspect-model.zip")));

    public static string ModelPath => Lazy.Value.Path;

    public static TrainedModel Trained => Lazy.Value.Trained;

    public static (string Path, TrainedModel Trained) Train(string path)
    {
        var split = GroupSplit.Apply(SmallCorpus.Rows, Options.Seed);
        var trained = new ModelTrainer(Options).Train(split[Split.Train].ToList(), split[Split.Validation].ToList(), FeatureSet.EvidenceAndText, TextFeatures.CharNgrams);
        trained.Save(path, "small test corpus", split[Split.Test].Count(), new Dictionary<string, double>(), new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        return (path, trained);
    }

    public static IReadOnlyList<LabelledRow> Test => GroupSplit.Apply(SmallCorpus.Rows, Options.Seed)[Split.Test].ToList();
}
