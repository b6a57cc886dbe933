using Triage.Classifier.Evaluation;

namespace Triage.Classifier;

public sealed record TrainingOutcome(TrainedModel Model, TrainedModel TextOnly, IReadOnlyList<TextComparison> Comparison,
    IReadOnlyList<LabelledRow> Test, ScorerResult ModelOnTest, ScorerResult TextOnlyOnTest, ScorerResult KeywordsOnTest)
{
    public TrainedModel? Unconstrained { get; init; }
    public ScorerResult? UnconstrainedOnTest { get; init; }
}
