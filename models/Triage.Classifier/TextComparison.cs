namespace Triage.Classifier;

public sealed record TextComparison(TextFeatures Text, FeatureSet Features, double AveragePrecision, double RecallAt95Precision,
    double RecallAt99Precision, double TrainingSeconds);
