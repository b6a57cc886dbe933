namespace Triage.Classifier.Evaluation;

public sealed record Confusion(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);
    public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? double.NaN : (double)FalsePositives / (FalsePositives + TrueNegatives);
}
