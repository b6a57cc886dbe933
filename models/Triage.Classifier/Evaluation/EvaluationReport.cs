namespace Triage.Classifier.Evaluation;

// What `triage train` (on its test split) and `triage evaluate` (on a whole corpus) write: the model beside its
// baselines on the same rows. Scorers[0] is the model.
public sealed record EvaluationReport(
    string Title,
    string Data,
    ModelMetadata Model,
    IReadOnlyList<ScorerResult> Scorers,
    IReadOnlyList<TextComparison> TextComparison,
    IReadOnlyList<NamedCalibration> ValidationCalibration,
    IReadOnlyList<string> Notes)
{
    public ScorerResult ModelResult => Scorers[0];

    public IReadOnlyList<Goal> Goals =>
    [
        new("average precision ≥ 0.97", ModelResult.Metrics["averagePrecision"], v => v >= 0.97),
        new("recall at 95% precision ≥ 0.90", ModelResult.Metrics["recallAt95Precision"], v => v >= 0.90),
        new("false positives on honest complaints ≤ 1%", ModelResult.Metrics["falsePositiveRate"], v => v <= 0.01),
        new("false positives on honest incidents ≤ 2%", ModelResult.Metrics.GetValueOrDefault("falsePositiveRate.incident"), v => v <= 0.02),
        new("false positives on honest follow-ups ≤ 2%", ModelResult.Metrics.GetValueOrDefault("falsePositiveRate.follow-up"), v => v <= 0.02),
    ];
}
