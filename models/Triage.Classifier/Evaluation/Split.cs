namespace Triage.Classifier.Evaluation;

public enum Split
{
    Train,
    Validation,
    Test,
}
