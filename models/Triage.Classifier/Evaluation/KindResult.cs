namespace Triage.Classifier.Evaluation;

// For a suspect kind the share flagged is its recall; for an honest kind it is its false-positive rate.
public sealed record KindResult(string Kind, bool Suspect, int Count, int Flagged)
{
    public double FlaggedShare => Count == 0 ? double.NaN : (double)Flagged / Count;
}
