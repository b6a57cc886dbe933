namespace Triage.Classifier;

public enum FeatureSet
{
    TextAndSignals,
    TextOnly,
}
