using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_clusters_are_built_from_links
{
    private static readonly Guid[] RingA = Ids(5);
    private static readonly Guid[] RingB = Ids(5);
    private static readonly Guid[] Alone = Ids(2);

    [Test]
    public void Should_not_join_two_groups_on_one_template_pair()
    {
        List<ClusterLink> links = [Template(RingA[0], RingB[0], 0.6), .. Chain(RingA), .. Chain(RingB)];

        var partition = new ClusterBuilder(new ClusterOptions()).Build([.. RingA, .. RingB, .. Alone], links);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { RingA, RingB }));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public void Should_join_two_groups_that_enough_template_pairs_link()
    {
        List<ClusterLink> links = [Template(RingA[0], RingB[0], 0.6), Template(RingA[1], RingB[2], 0.6), .. Chain(RingA), .. Chain(RingB)];

        var partition = new ClusterBuilder(new ClusterOptions()).Build([.. RingA, .. RingB, .. Alone], links);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { RingA.Concat(RingB).ToArray() }));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public void Should_split_a_component_past_the_size_limit_by_its_strongest_templates()
    {
        var (a, b, c) = (Alone[0], Alone[1], RingA[0]);
        List<ClusterLink> links = [Template(a, c, 0.55), Template(b, c, 0.55), Template(a, b, 0.9)];

        var partition = new ClusterBuilder(new ClusterOptions { MaxSize = 2 }).Build([a, b, c], links);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { new[] { a, b } }));
        Assert.That(partition.Split, Is.GreaterThan(0));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public void Should_count_a_link_inside_one_cluster_as_neither_joined_nor_refused()
    {
        List<ClusterLink> links = [.. Chain(RingA), Identifier(RingA[^1], RingA[0]), Identifier(RingA[0], RingA[1])];

        var partition = new ClusterBuilder(new ClusterOptions { MaxSize = 5 }).Build(RingA, links);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { RingA }));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public void Should_leave_out_complaints_in_no_link_and_links_to_complaints_not_given()
    {
        var stranger = Guid.NewGuid();
        List<ClusterLink> links = [Identifier(Alone[0], stranger), Identifier(stranger, Alone[1])];

        var partition = new ClusterBuilder(new ClusterOptions()).Build(Alone, links);

        Assert.That(partition.Clusters, Is.Empty);
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public void Should_give_no_cluster_when_the_limit_is_one()
    {
        var partition = new ClusterBuilder(new ClusterOptions { MaxSize = 1 }).Build(RingA, Chain(RingA));

        Assert.That(partition.Clusters, Is.Empty);
        Assert.That(partition.RefusedLinks, Is.EqualTo(RingA.Length - 1));
    }

    private static Guid[] Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    private static IEnumerable<ClusterLink> Chain(Guid[] ring) => ring.Zip(ring.Skip(1), Identifier);

    private static ClusterLink Identifier(Guid from, Guid to) =>
        new(from, to, ClusterLinkKind.RepresentativePhone, ClusterLinkFinder.Strength(ClusterLinkKind.RepresentativePhone), "AB12");

    private static ClusterLink Template(Guid from, Guid to, double similarity) => new(from, to, ClusterLinkKind.Template, similarity, null);
}
