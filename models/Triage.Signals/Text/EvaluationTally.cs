namespace Triage.Signals.Text;

internal sealed class EvaluationTally
{
    public long Compared;
    public long AboveRecallBound;
    public long FoundAboveRecallBound;
    public long AboveThreshold;
    public long FoundAboveThreshold;
    public long Returned;
    public long ReturnedAboveThreshold;
    public double Error;

    public void Add(EvaluationTally other)
    {
        Compared += other.Compared;
        AboveRecallBound += other.AboveRecallBound;
        FoundAboveRecallBound += other.FoundAboveRecallBound;
        AboveThreshold += other.AboveThreshold;
        FoundAboveThreshold += other.FoundAboveThreshold;
        Returned += other.Returned;
        ReturnedAboveThreshold += other.ReturnedAboveThreshold;
        Error += other.Error;
    }
}
