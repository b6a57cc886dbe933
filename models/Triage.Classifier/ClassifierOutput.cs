namespace Triage.Classifier;

public sealed class ClassifierOutput
{
    public float Score { get; set; }

    public float Probability { get; set; }
}
