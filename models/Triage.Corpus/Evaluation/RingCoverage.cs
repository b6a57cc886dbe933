namespace Triage.Corpus.Evaluation;

public sealed record RingCoverage(string Group, int Members, string? BestClusterId, int InBestCluster)
{
    public double Share => Members == 0 ? 0 : (double)InBestCluster / Members;
}
