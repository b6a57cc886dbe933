using System.Globalization;
using System.Text;

namespace Triage.Corpus.Evaluation;

public static class RoutingMarkdown
{
    private const int WorstRings = 10;

    // The cluster figures beside those of a baseline's clusters over the same complaints (the routes are the same).
    public static string Compare(RoutingReport report, RoutingReport baseline, string baselineName, string baselineDescription)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"Clusters against the {baselineName} ({baselineDescription}):");
        Line($"");
        Line($"| figure | Triage | {baselineName} | goal |");
        Line($"| --- | ---: | ---: | ---: |");
        foreach (var (ours, theirs) in RoutingChecks.Clusters(report).Zip(RoutingChecks.Clusters(baseline)))
            Line($"| {ours.Figure} | {ours.Value} | {theirs.Value} | {ours.Goal} |");
        Line($"| clusters of two or more complaints | {report.Clusters:N0} | {baseline.Clusters:N0} | |");
        return text.ToString();
    }

    public static string Write(RoutingReport report)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"{report.Complaints:N0} labelled complaints ({report.Suspect:N0} ring, coached or repeat; {report.Honest:N0} honest);");
        Line($"{report.Clusters:N0} clusters, {report.RingClusters:N0} of them mostly ring members ({report.RingClusterMembers:N0} complaints, {report.HonestInRingClusters:N0} honest).");
        if (report.Unlabelled > 0)
            Line($"{report.Unlabelled:N0} outcomes have no label and are left out.");
        Line($"");
        Line($"| figure | value | goal | result |");
        Line($"| --- | ---: | ---: | --- |");
        foreach (var check in report.Checks)
            Line($"| {check.Figure} | {check.Value} | {check.Goal} | {check.Passed switch { true => "pass", false => "**fail**", null => "n/a" }} |");
        Line($"");
        Line($"not routed: {report.NotRouted:N0}{(report.NotRouted == 0 ? "" : $" (first: {string.Join(", ", report.NotRoutedSample)})")}");
        Line($"");
        Line($"| kind | complaints | where it belongs | share |");
        Line($"| --- | ---: | --- | ---: |");
        foreach (var kind in report.SuspectByKind)
            Line($"| {kind.Kind} | {kind.Complaints:N0} | fraud-review | {RoutingChecks.Percent(kind.Share)} |");
        foreach (var kind in report.HonestByKind)
            Line($"| {kind.Kind} | {kind.Complaints:N0} | handling/… | {RoutingChecks.Percent(kind.Share)} |");

        var losses = report.PairLosses;
        if (losses.SplitPairs + losses.JoinedPairs > 0)
        {
            Line($"");
            Line($"Where the adjusted Rand index loses: of the {losses.TruePairs:N0} pairs of complaints that belong together (members of one ring, filings of one person), the clusters split {losses.SplitPairs:N0} ({RoutingChecks.Percent(losses.SplitShare)}), and they join {losses.JoinedPairs:N0} pairs that belong apart.");
            Line($"");
            Line($"| loses pairs by | group or cluster | holds | size | pairs |");
            Line($"| --- | --- | --- | ---: | ---: |");
            foreach (var loss in losses.WorstSplit)
                Line($"| split | {loss.Name} | {loss.Holds} | {loss.Size:N0} | {loss.Pairs:N0} |");
            foreach (var loss in losses.WorstJoined)
                Line($"| joined | {loss.Name} | {loss.Holds} | {loss.Size:N0} | {loss.Pairs:N0} |");
        }

        var missed = report.Rings.Where(r => r.Share < RoutingGoals.RingInOneCluster).OrderBy(r => r.Share).Take(WorstRings).ToList();
        if (missed.Count == 0)
            return text.ToString();
        Line($"");
        Line($"Rings without {RoutingChecks.Percent(RoutingGoals.RingInOneCluster)} of their members in one cluster (worst {missed.Count:N0}):");
        Line($"");
        Line($"| ring | members | best cluster | its share |");
        Line($"| --- | ---: | --- | ---: |");
        foreach (var ring in missed)
            Line($"| {ring.Group} | {ring.Members:N0} | {ring.BestClusterId ?? "none"} | {RoutingChecks.Percent(ring.Share)} |");
        return text.ToString();
    }
}
