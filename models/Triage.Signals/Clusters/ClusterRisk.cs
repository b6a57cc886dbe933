namespace Triage.Signals.Clusters;

// A cluster's risk is its members' mean calibrated score: one suspect member does not make a suspect cluster, and a
// ring whose later members score high pulls its early, quieter members along. The indicators (shared agent
// identifiers, templates) already enter every member's score; adding them again here was measured to send honest
// look-alikes to the fraud team (docs/signals.md, "Clusters"), and a lawyer with many honest clients shares a phone.
public static class ClusterRisk
{
    // The same mean over the members' stored scores, as the database computes it (ClusterFigures).
    public const string OverStoredScores = "AVG(triage_score)";

    // The risk of a group from the scores known: a member not scored yet does not count, as the store's
    // AVG(triage_score) skips it (OverStoredScores).
    public static double OfScored(IEnumerable<Guid> members, IReadOnlyDictionary<Guid, double> scores) =>
        From(members.Where(scores.ContainsKey).Select(m => scores[m]));

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
