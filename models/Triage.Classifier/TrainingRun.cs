using Triage.Classifier.Evaluation;

namespace Triage.Classifier;

// Split by group, train the text-only model with each candidate text featurizer and keep the best on validation, put
// the monotone evidence terms over it (the model), optionally train the unconstrained LightGBM on text and signals for
// comparison, and score every scorer on the untouched test split.
public sealed class TrainingRun(ModelTrainer trainer, Action<string>? log = null)
{
    // Word segmentation costs a dictionary and time; it has to earn its place by more than noise.
    public const double JiebaMargin = 0.001;

    public TrainingOutcome Run(IReadOnlyList<LabelledRow> rows, IReadOnlyList<TextFeatures> candidates, bool unconstrained = false)
    {
        var split = GroupSplit.Apply(rows, trainer.Options.Seed);
        var (train, validation, test) = (split[Split.Train].ToList(), split[Split.Validation].ToList(), split[Split.Test].ToList());
        log?.Invoke($"split by group: {train.Count:N0} train, {validation.Count:N0} validation, {test.Count:N0} test rows");

        var textOnly = candidates.Select(t => trainer.Train(train, validation, FeatureSet.TextOnly, t, log)).ToList();
        var baseline = textOnly[0];
        foreach (var model in textOnly.Skip(1))
            if (AveragePrecision(model) > AveragePrecision(baseline) + (model.TextFeatures == TextFeatures.JiebaWords ? JiebaMargin : 0))
                baseline = model;
        var best = trainer.AddEvidence(baseline, train, validation, log);
        var full = unconstrained ? trainer.Train(train, validation, FeatureSet.TextAndSignals, baseline.TextFeatures, log) : null;
        var comparison = textOnly.Append(best).Concat(full is null ? [] : [full])
            .Select(m => new TextComparison(m.TextFeatures, m.Features, AveragePrecision(m),
                m.Validation.Metrics["recallAt95Precision"], m.Validation.Metrics["recallAt99Precision"], m.TrainingTime.TotalSeconds)).ToList();

        var inputs = test.Select(r => r.Input).ToList();
        return new TrainingOutcome(best, baseline, comparison, test,
            new ScorerResult("model", "monotone evidence terms and a bounded text sub-score", test, best.Score(inputs), best.Threshold),
            new ScorerResult("text-only model", "LightGBM on skeleton n-grams alone", test, baseline.Score(inputs), baseline.Threshold),
            Keywords(test))
        {
            Unconstrained = full,
            UnconstrainedOnTest = full is null ? null
                : new ScorerResult("unconstrained model", "LightGBM on text n-grams and signals together", test, full.Score(inputs), full.Threshold),
        };
    }

    public static ScorerResult Keywords(IReadOnlyList<LabelledRow> rows) =>
        new("keyword rule", KeywordRule.Describe(), rows, rows.Select(r => KeywordRule.Score(r.Text)).ToList(), KeywordRule.MinimumMatches);

    private static double AveragePrecision(TrainedModel model) => model.Validation.Metrics["averagePrecision"];
}
