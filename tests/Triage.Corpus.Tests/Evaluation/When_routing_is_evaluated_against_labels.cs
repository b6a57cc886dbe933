using System.Text.Json;
using Triage.Corpus.Evaluation;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Tests.Evaluation;

// Ring 1 (r1–r5) is mostly in cluster A with an honest waiver glued in, r5 missed; ring 2 (s1, s2) split in two
// clusters; repeat filer p has p1, p2 clustered and p3 never routed; the two incident complaints clustered together.
public class When_routing_is_evaluated_against_labels
{
    private static readonly ComplaintLabel[] Labels =
    [
        new("r1", true, "ring", "ring-0001"), new("r2", true, "ring", "ring-0001"), new("r3", true, "coached", "ring-0001"),
        new("r4", true, "ring", "ring-0001"), new("r5", true, "coached", "ring-0001"),
        new("s1", true, "ring", "ring-0002"), new("s2", true, "ring", "ring-0002"),
        new("p1", true, "repeat", "person-00009"), new("p2", true, "repeat", "person-00009"), new("p3", true, "repeat", "person-00009"),
        new("g1", false, "genuine", "person-00001"), new("f1", false, "follow-up", "person-00001"),
        new("i1", false, "incident", "incident-001"), new("i2", false, "incident", "incident-001"),
        new("w1", false, "honest-waiver", "person-00002"),
    ];

    private static readonly Dictionary<string, Outcome> Outcomes = new()
    {
        ["r1"] = new("A", "fraud-review"), ["r2"] = new("A", "fraud-review"), ["r3"] = new("A", "fraud-review"),
        ["r4"] = new("A", "fraud-review"), ["r5"] = new(null, "handling/collection"),
        ["s1"] = new("C", "fraud-review"), ["s2"] = new("D", "fraud-review"),
        ["p1"] = new("E", "fraud-review"), ["p2"] = new("E", "fraud-review"), ["p3"] = new(null, null),
        ["g1"] = new(null, "handling/fees"), ["f1"] = new(null, "handling/fees"),
        ["i1"] = new("F", "handling/deduction"), ["i2"] = new("F", "handling/deduction"),
        ["w1"] = new("A", "fraud-review"),
        ["x1"] = new(null, "handling/other"),
    };

    private static readonly RoutingReport Report = RoutingEvaluation.Evaluate(Labels, Outcomes);

    [Test]
    public void Should_count_complaints_and_clusters()
    {
        Assert.That((Report.Complaints, Report.Suspect, Report.Honest, Report.Unlabelled), Is.EqualTo((15, 10, 5, 1)));
        Assert.That(Report.Clusters, Is.EqualTo(5));
    }

    [Test]
    public void Should_measure_routing_overall_and_per_kind()
    {
        Assert.That(Report.SuspectToFraudReview, Is.EqualTo(0.8));
        Assert.That(Report.SuspectByKind.Select(k => (k.Kind, k.Complaints, k.Hits)),
            Is.EqualTo(new[] { ("ring", 5, 5), ("coached", 2, 1), ("repeat", 3, 2) }));
        Assert.That(Report.HonestToHandling, Is.EqualTo(0.8));
        Assert.That(Report.HonestByKind.Select(k => (k.Kind, k.Complaints, k.Hits)),
            Is.EqualTo(new[] { ("genuine", 1, 1), ("follow-up", 1, 1), ("incident", 2, 2), ("honest-waiver", 1, 0) }));
    }

    [Test]
    public void Should_find_each_rings_best_cluster()
    {
        Assert.That(Report.Rings.Select(r => (r.Group, r.Members, r.BestClusterId, r.InBestCluster)),
            Is.EqualTo(new[] { ("ring-0001", 5, (string?)"A", 4), ("ring-0002", 2, "C", 1) }));
        Assert.That((Report.RingsFound, Report.RingsFoundShare), Is.EqualTo((1, (double?)0.5)));
    }

    [Test]
    public void Should_measure_honest_members_of_ring_clusters()
    {
        Assert.That((Report.RingClusters, Report.RingClusterMembers, Report.HonestInRingClusters), Is.EqualTo((3, 7, 1)));
        Assert.That(Report.HonestShareOfRingClusters, Is.EqualTo(1.0 / 7).Within(1e-12));
    }

    // Truth: ring-0001 (5), ring-0002 (2), person-00009 (3), person-00001 (2), and i1, i2, w1 alone: Σ C(a_i,2) = 15.
    // Clusters: A (5), E (2), F (2), the rest alone: Σ C(b_j,2) = 12. Shared: A ∩ ring-0001 (4), E ∩ person-00009 (2):
    // Σ C(n_ij,2) = 7. C(15,2) = 105, expected = 15 · 12 / 105 = 12/7, max = 27/2; ARI = (7 − 12/7) / (27/2 − 12/7) = 74/165.
    [Test]
    public void Should_compare_clusters_with_rings_and_persons() =>
        Assert.That(Report.AdjustedRandIndex, Is.EqualTo(74.0 / 165).Within(1e-12));

    // Pairs that belong together: ring-0001 10, ring-0002 1, person-00009 3, person-00001 1 = 15. Split: ring-0001 loses 4
    // (r5 in no cluster), person-00009 2 (p3), person-00001 1 (g1 and f1 in none), ring-0002 1 (C and D): 8. Joined though
    // they belong apart: in A, w1 with each of r1–r4 (4); in F, the two incident complaints, which belong with nobody (1).
    [Test]
    public void Should_say_where_the_index_loses_pairs()
    {
        var losses = Report.PairLosses;

        Assert.That((losses.TruePairs, losses.SplitPairs, losses.JoinedPairs), Is.EqualTo((15L, 8L, 5L)));
        Assert.That(losses.WorstSplit.Select(l => (l.Name, l.Holds, l.Size, l.Pairs)), Is.EqualTo(new[]
        {
            ("ring-0001", "ring 3, coached 2", 5, 4L), ("person-00009", "repeat 3", 3, 2L),
            ("person-00001", "follow-up 1, genuine 1", 2, 1L), ("ring-0002", "ring 2", 2, 1L),
        }));
        Assert.That(losses.WorstJoined.Select(l => (l.Name, l.Holds, l.Size, l.Pairs)), Is.EqualTo(new[]
        {
            ("A", "ring-0001 4, person-00002 1", 5, 4L), ("F", "2 incident alone", 2, 1L),
        }));
        Assert.That(Report.ToMarkdown(), Does.Contain("the clusters split 8 (53.3 %), and they join 5 pairs that belong apart")
            .And.Contain("| joined | A | ring-0001 4, person-00002 1 | 5 | 4 |"));
    }

    [Test]
    public void Should_list_complaints_never_routed()
    {
        Assert.That((Report.NotRouted, Report.NotRoutedSample), Is.EqualTo((1, new[] { "p3" })));
        Assert.That(Report.ToMarkdown(), Does.Contain("not routed: 1 (first: p3)"));
    }

    [Test]
    public void Should_fail_every_goal_it_misses()
    {
        // No cluster here holds two rings: that goal alone is met.
        Assert.That(Report.Checks.Select(c => c.Passed), Is.EqualTo(new bool?[] { false, false, false, false, false, true, false }));
        Assert.That(Report.Passed, Is.False);
        Assert.That(Report.ToMarkdown(), Does.Contain("| ring-0002 | 2 | C | 50.0 % |"));
    }

    [Test]
    public void Should_pass_when_clusters_match_the_truth()
    {
        var perfect = Labels.ToDictionary(l => l.ExternalId, l => new Outcome(
            l.Suspect || l.Group.StartsWith("person-") ? l.Group : null,
            l.Suspect ? "fraud-review" : "handling/other"));

        var report = RoutingEvaluation.Evaluate(Labels, perfect);

        Assert.That(report.AdjustedRandIndex, Is.EqualTo(1.0));
        Assert.That(report.Passed, Is.True, report.ToMarkdown());
    }

    [Test]
    public void Should_write_the_figures_as_json()
    {
        using var json = JsonDocument.Parse(Report.ToJson());

        Assert.That(json.RootElement.GetProperty("adjustedRandIndex").GetDouble(), Is.EqualTo(74.0 / 165).Within(1e-12));
        Assert.That(json.RootElement.GetProperty("checks").GetArrayLength(), Is.EqualTo(7));
    }
}
