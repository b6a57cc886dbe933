namespace Triage.Corpus.Evaluation;

// Issue 5's acceptance, with issue 11's adjusted Rand index (≥ 0.95 across writers; issue 5 asked 0.90).
public static class RoutingGoals
{
    public const double SuspectToFraudReview = 0.90;
    public const double HonestToHandling = 0.98;
    public const double RingInOneCluster = 0.80;
    public const double RingsFound = 1.0;
    public const double AdjustedRandIndex = 0.95;
    public const double HonestInRingClusters = 0.05;
}
