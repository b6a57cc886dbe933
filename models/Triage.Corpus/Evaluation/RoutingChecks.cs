using System.Globalization;

namespace Triage.Corpus.Evaluation;

public static class RoutingChecks
{
    public static IReadOnlyList<RoutingCheck> Of(RoutingReport report) =>
    [
        new("ring, coached and repeat complaints routed to fraud-review", Percent(report.SuspectToFraudReview),
            $"≥ {Percent(RoutingGoals.SuspectToFraudReview)}", AtLeast(report.SuspectToFraudReview, RoutingGoals.SuspectToFraudReview)),
        new("honest complaints routed to handling/…", Percent(report.HonestToHandling),
            $"≥ {Percent(RoutingGoals.HonestToHandling)}", AtLeast(report.HonestToHandling, RoutingGoals.HonestToHandling)),
        .. Clusters(report),
        new("complaints never routed", report.NotRouted.ToString("N0", CultureInfo.InvariantCulture), "0", report.NotRouted == 0),
    ];

    // The figures of the clusters alone, which a baseline's clusters over the same routes can be set beside.
    public static IReadOnlyList<RoutingCheck> Clusters(RoutingReport report) =>
    [
        new($"rings with ≥ {Percent(RoutingGoals.RingInOneCluster)} of their members in one cluster",
            report.Rings.Count == 0 ? "—" : $"{report.RingsFound:N0} of {report.Rings.Count:N0} ({Percent(report.RingsFoundShare)})",
            RoutingGoals.RingsFound >= 1 ? "all" : $"≥ {Percent(RoutingGoals.RingsFound)}", AtLeast(report.RingsFoundShare, RoutingGoals.RingsFound)),
        new("adjusted Rand index of clusters against rings and persons", report.AdjustedRandIndex.ToString("F4", CultureInfo.InvariantCulture),
            $"≥ {RoutingGoals.AdjustedRandIndex.ToString("F2", CultureInfo.InvariantCulture)}", report.AdjustedRandIndex >= RoutingGoals.AdjustedRandIndex),
        new("honest members of ring clusters", Percent(report.HonestShareOfRingClusters),
            $"≤ {Percent(RoutingGoals.HonestInRingClusters)}", AtMost(report.HonestShareOfRingClusters, RoutingGoals.HonestInRingClusters)),
        new("clusters holding members of two or more rings", report.ClustersWithSeveralRings.ToString("N0", CultureInfo.InvariantCulture), "0",
            report.ClustersWithSeveralRings == 0),
    ];

    public static string Percent(double? share) =>
        share is { } value ? value.ToString("P1", CultureInfo.InvariantCulture) : "—";

    // No share means the corpus held nothing the figure is about: neither passed nor failed.
    private static bool? AtLeast(double? value, double goal) => value is { } v ? v >= goal : null;

    private static bool? AtMost(double? value, double goal) => value is { } v ? v <= goal : null;

}
