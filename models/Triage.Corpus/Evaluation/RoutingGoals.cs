namespace Triage.Corpus.Evaluation;

// Issue 5's acceptance.
public static class RoutingGoals
{
    public const double SuspectToFraudReview = 0.90;
    public const double HonestToHandling = 0.98;
    public const double RingInOneCluster = 0.80;
    public const double RingsFound = 1.0;
    public const double AdjustedRandIndex = 0.90;
    public const double HonestInRingClusters = 0.05;
}
