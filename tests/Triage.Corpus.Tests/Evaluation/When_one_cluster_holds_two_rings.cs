using Triage.Corpus.Evaluation;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Tests.Evaluation;

// Rings 1 and 2 glued in cluster A; ring 3 alone in B with a coached member; a repeat filer's cluster C is not a ring.
public class When_one_cluster_holds_two_rings
{
    private static readonly ComplaintLabel[] Labels =
    [
        new("a1", true, "ring", "ring-0001"), new("a2", true, "ring", "ring-0001"),
        new("b1", true, "ring", "ring-0002"), new("b2", true, "coached", "ring-0002"),
        new("c1", true, "ring", "ring-0003"), new("c2", true, "coached", "ring-0003"),
        new("p1", true, "repeat", "person-00001"), new("p2", true, "repeat", "person-00001"),
    ];

    private static readonly Dictionary<string, Outcome> Outcomes = new()
    {
        ["a1"] = new("A", "fraud-review"), ["a2"] = new("A", "fraud-review"), ["b1"] = new("A", "fraud-review"), ["b2"] = new("A", "fraud-review"),
        ["c1"] = new("B", "fraud-review"), ["c2"] = new("B", "fraud-review"),
        ["p1"] = new("C", "fraud-review"), ["p2"] = new("C", "fraud-review"),
    };

    private static readonly RoutingReport Report = RoutingEvaluation.Evaluate(Labels, Outcomes);

    [Test]
    public void Should_count_the_cluster_holding_both() => Assert.That(Report.ClustersWithSeveralRings, Is.EqualTo(1));

    [Test]
    public void Should_fail_the_check() =>
        Assert.That(Report.Checks.Single(c => c.Figure.StartsWith("clusters holding", StringComparison.Ordinal)).Passed, Is.False);
}
