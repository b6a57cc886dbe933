namespace Triage.Signals.Clusters;

// A cluster's risk is its members' mean calibrated score: one suspect member does not make a suspect cluster, and a
// ring whose later members score high pulls its early, quieter members along.
public static class ClusterRisk
{
    public static double From(IEnumerable<double> memberScores)
    {
        double sum = 0;
        var count = 0;
        foreach (var score in memberScores)
        {
            sum += score;
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }
}
