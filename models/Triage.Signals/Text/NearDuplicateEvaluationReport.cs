namespace Triage.Signals.Text;

// Recall counts pairs whose true skeleton Jaccard is at least Threshold + 0.1 and that a query returned; precision
// counts returned pairs whose true Jaccard is at least Threshold. Pairs are ordered (query, neighbour) and never
// from the same owner. QueryTime adds up the LSH queries' own times; Elapsed is the whole run's wall clock.
public sealed record NearDuplicateEvaluationReport(
    int Texts,
    int Fingerprinted,
    int Queries,
    double Threshold,
    long ComparedPairs,
    long PairsAboveRecallBound,
    long FoundAboveRecallBound,
    long PairsAboveThreshold,
    long FoundAboveThreshold,
    long Returned,
    long ReturnedAboveThreshold,
    double MeanAbsoluteError,
    TimeSpan Elapsed,
    TimeSpan QueryTime)
{
    public double Recall => PairsAboveRecallBound == 0 ? 1 : (double)FoundAboveRecallBound / PairsAboveRecallBound;

    public double RecallAtThreshold => PairsAboveThreshold == 0 ? 1 : (double)FoundAboveThreshold / PairsAboveThreshold;

    public double Precision => Returned == 0 ? 1 : (double)ReturnedAboveThreshold / Returned;
}
