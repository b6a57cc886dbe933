namespace Triage.Classifier;

public sealed record FeatureImportance(string Feature, double Importance);
