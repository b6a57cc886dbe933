using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_a_loose_template_link_meets_two_clusters
{
    private static readonly ClusterOptions Options = new() { TemplateSimilarity = 0.4, BridgeSimilarity = 0.5, LooseJoinMaxSize = 3 };

    [Test]
    public void Should_not_merge_two_rings_on_a_resemblance_below_the_bridge_similarity()
    {
        var (a, b) = (Ids(6), Ids(6));

        var partition = new ClusterBuilder(Options).Build([.. a, .. b], [.. Chain(a), .. Chain(b), Template(a[0], b[0], 0.45)]);

        Assert.That(partition.Clusters, Has.Count.EqualTo(2));
    }

    [Test]
    public void Should_merge_two_rings_on_templates_at_the_bridge_similarity()
    {
        var (a, b) = (Ids(6), Ids(6));

        var partition = new ClusterBuilder(Options).Build([.. a, .. b], [.. Chain(a), .. Chain(b), Template(a[0], b[0], 0.5), Template(a[1], b[1], 0.5)]);

        Assert.That(partition.Clusters, Has.Count.EqualTo(1));
    }

    [Test]
    public void Should_still_bring_a_few_stray_filings_into_a_ring()
    {
        var (ring, person) = (Ids(6), Ids(3));

        var partition = new ClusterBuilder(Options).Build([.. ring, .. person],
            [.. Chain(ring), .. SamePerson(person), Template(person[0], ring[0], 0.42), Template(person[0], ring[1], 0.42)]);

        Assert.That(partition.Clusters.Single(), Has.Count.EqualTo(9));
    }

    private static Guid[] Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    private static IEnumerable<ClusterLink> Chain(Guid[] ids) =>
        ids.Zip(ids.Skip(1), (f, t) => new ClusterLink(f, t, ClusterLinkKind.Device, ClusterLinkFinder.Strength(ClusterLinkKind.Device), "AB"));

    private static IEnumerable<ClusterLink> SamePerson(Guid[] ids) =>
        ids.Zip(ids.Skip(1), (f, t) => new ClusterLink(f, t, ClusterLinkKind.Complainant, ClusterLinkFinder.Strength(ClusterLinkKind.Complainant), "CD"));

    private static ClusterLink Template(Guid from, Guid to, double similarity) => new(from, to, ClusterLinkKind.Template, similarity, null);
}
