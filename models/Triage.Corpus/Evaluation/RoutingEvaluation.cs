using System.Runtime.InteropServices;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Evaluation;

public static class RoutingEvaluation
{
    public const string FraudReview = "fraud-review";
    public const string HandlingPrefix = "handling/";
    private const int SampleSize = 10;

    public static RoutingReport Evaluate(IReadOnlyList<ComplaintLabel> labels, IReadOnlyDictionary<string, Outcome> outcomes)
    {
        var unrouted = new Outcome(null, null);
        var rows = labels.Select(l => (Label: l, Outcome: outcomes.GetValueOrDefault(l.ExternalId) ?? unrouted)).ToList();
        var labelled = labels.Select(l => l.ExternalId).ToHashSet(StringComparer.Ordinal);
        var notRouted = rows.Where(r => r.Outcome.Route is null).Select(r => r.Label.ExternalId).ToList();
        var clusters = rows.Where(r => r.Outcome.ClusterId is not null)
            .GroupBy(r => r.Outcome.ClusterId!, StringComparer.Ordinal)
            .Select(g => (Size: g.Count(), RingMembers: g.Count(r => IsRing(r.Label)), HonestMembers: g.Count(r => !IsSuspect(r.Label)),
                Rings: g.Where(r => IsRing(r.Label)).Select(r => r.Label.Group).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        var ringClusters = clusters.Where(c => c.RingMembers * 2 > c.Size).ToList();
        return new RoutingReport(
            Complaints: rows.Count,
            Unlabelled: outcomes.Keys.Count(id => !labelled.Contains(id)),
            SuspectByKind: ByKind(rows, suspect: true),
            HonestByKind: ByKind(rows, suspect: false),
            Clusters: clusters.Count,
            Rings: Rings(rows),
            AdjustedRandIndex: AgainstTruth(rows),
            PairLosses: PairLosses.Of(rows.Select(r => TruthGroup(r.Label)).ToList(), rows.Select(r => r.Outcome.ClusterId).ToList(),
                rows.Select(r => r.Label.Kind).ToList()),
            RingClusters: ringClusters.Count,
            RingClusterMembers: ringClusters.Sum(c => c.Size),
            HonestInRingClusters: ringClusters.Sum(c => c.HonestMembers),
            ClustersWithSeveralRings: clusters.Count(c => c.Rings >= 2),
            NotRouted: notRouted.Count,
            NotRoutedSample: notRouted.Take(SampleSize).ToList());
    }

    private static List<KindShare> ByKind(List<(ComplaintLabel Label, Outcome Outcome)> rows, bool suspect) =>
        rows.Where(r => IsSuspect(r.Label) == suspect)
            .GroupBy(r => r.Label.Kind, StringComparer.Ordinal)
            .OrderBy(g => ComplaintKind.All.TakeWhile(k => k != g.Key).Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KindShare(g.Key, g.Count(), g.Count(r => suspect ? IsFraudReview(r.Outcome) : IsHandling(r.Outcome))))
            .ToList();

    private static List<RingCoverage> Rings(List<(ComplaintLabel Label, Outcome Outcome)> rows) =>
        rows.Where(r => IsRing(r.Label))
            .GroupBy(r => r.Label.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ring =>
            {
                var best = ring.Where(r => r.Outcome.ClusterId is not null)
                    .GroupBy(r => r.Outcome.ClusterId!, StringComparer.Ordinal)
                    .Select(c => (Id: c.Key, Members: c.Count()))
                    .OrderByDescending(c => c.Members).ThenBy(c => c.Id, StringComparer.Ordinal)
                    .FirstOrDefault();
                return new RingCoverage(ring.Key, ring.Count(), best.Id, best.Members);
            })
            .ToList();

    // A complaint in no cluster is its own singleton; so is an honest complaint outside a person's group, which keeps
    // the members of an honest mass incident apart: clustering them together is an error.
    private static double AgainstTruth(List<(ComplaintLabel Label, Outcome Outcome)> rows)
    {
        var predicted = new int[rows.Count];
        var truth = new int[rows.Count];
        var clusterIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, outcome) = rows[i];
            predicted[i] = outcome.ClusterId is { } cluster ? Number(clusterIds, cluster) : -(i + 1);
            truth[i] = TruthGroup(label) is { } group ? Number(groupIds, group) : -(i + 1);
        }
        return AdjustedRandIndex.Compute(predicted, truth);
    }

    // The group a complaint belongs with, or null where it belongs with nobody.
    private static string? TruthGroup(ComplaintLabel label) =>
        IsSuspect(label) || label.Group.StartsWith("person-", StringComparison.Ordinal) ? label.Group : null;

    private static int Number(Dictionary<string, int> numbers, string key)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var exists);
        if (!exists)
            number = numbers.Count - 1;
        return number;
    }

    private static bool IsSuspect(ComplaintLabel label) => ComplaintKind.IsSuspect(label.Kind);

    private static bool IsRing(ComplaintLabel label) => label.Kind is ComplaintKind.Ring or ComplaintKind.Coached;

    private static bool IsFraudReview(Outcome outcome) => outcome.Route == FraudReview;

    private static bool IsHandling(Outcome outcome) => outcome.Route?.StartsWith(HandlingPrefix, StringComparison.Ordinal) == true;
}
