namespace Triage.Classifier;

public enum FeatureSet
{
    TextAndSignals,
    TextOnly,

    // The text-only model as a sub-score beside monotone evidence terms (Evidence/EvidenceModel).
    EvidenceAndText,
}
