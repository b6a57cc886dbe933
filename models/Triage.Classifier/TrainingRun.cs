using Triage.Classifier.Evaluation;

namespace Triage.Classifier;

// Split by group, train the model with each candidate text featurizer, keep the best on validation, train the
// text-only baseline with the same featurizer, and score all three scorers on the untouched test split.
public sealed class TrainingRun(ModelTrainer trainer, Action<string>? log = null)
{
    // Word segmentation costs a dictionary and time; it has to earn its place by more than noise.
    public const double JiebaMargin = 0.001;

    public TrainingOutcome Run(IReadOnlyList<LabelledRow> rows, IReadOnlyList<TextFeatures> candidates)
    {
        var split = GroupSplit.Apply(rows, trainer.Options.Seed);
        var (train, validation, test) = (split[Split.Train].ToList(), split[Split.Validation].ToList(), split[Split.Test].ToList());
        log?.Invoke($"split by group: {train.Count:N0} train, {validation.Count:N0} validation, {test.Count:N0} test rows");

        var comparison = new List<TextComparison>();
        var full = candidates.Select(t => trainer.Train(train, validation, FeatureSet.TextAndSignals, t, log)).ToList();
        var best = full[0];
        foreach (var model in full.Skip(1))
            if (AveragePrecision(model) > AveragePrecision(best) + (model.TextFeatures == TextFeatures.JiebaWords ? JiebaMargin : 0))
                best = model;
        var textOnly = candidates.Select(t => trainer.Train(train, validation, FeatureSet.TextOnly, t, log)).ToList();
        comparison.AddRange(full.Concat(textOnly).Select(m => new TextComparison(m.TextFeatures, m.Features, AveragePrecision(m),
            m.Validation.Metrics["recallAt95Precision"], m.Validation.Metrics["recallAt99Precision"], m.TrainingTime.TotalSeconds)));
        var baseline = textOnly.First(m => m.TextFeatures == best.TextFeatures);

        var inputs = test.Select(r => r.Input).ToList();
        return new TrainingOutcome(best, baseline, comparison, test,
            new ScorerResult("model", "text n-grams and signals", test, best.Score(inputs), best.Threshold),
            new ScorerResult("text-only model", "same trainer on skeleton n-grams alone", test, baseline.Score(inputs), baseline.Threshold),
            Keywords(test));
    }

    public static ScorerResult Keywords(IReadOnlyList<LabelledRow> rows) =>
        new("keyword rule", KeywordRule.Describe(), rows, rows.Select(r => KeywordRule.Score(r.Text)).ToList(), KeywordRule.MinimumMatches);

    private static double AveragePrecision(TrainedModel model) => model.Validation.Metrics["averagePrecision"];
}
