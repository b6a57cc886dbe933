using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Law firms (and outfits) write letters from the same stock of legal phrasing; each firm's clients are linked by the
// firm's name. A template never joins two groups behind different organisations, while an outfit that rotates its
// phones, and members who name no organisation at all, still join by their template.
public class When_two_law_firms_write_alike
{
    private static readonly ClusterOptions Options = new();

    [Test]
    public void Should_keep_each_firm_its_own_cluster_however_alike_their_letters()
    {
        var (first, second) = (Ids(4), Ids(4));
        var named = Named(first, "A1").Concat(Named(second, "B2")).ToDictionary();

        var partition = new ClusterBuilder(Options).Build([.. first, .. second],
            [.. Star(first, ClusterLinkKind.Organization, "A1"), .. Star(second, ClusterLinkKind.Organization, "B2"), .. AllPairs(first, second, 0.7)], named);

        Assert.That(partition.Clusters.Select(c => c.ToHashSet()), Is.EquivalentTo(new[] { first.ToHashSet(), second.ToHashSet() }));
    }

    [Test]
    public void Should_keep_apart_a_client_of_a_firm_named_once()
    {
        var (firm, lone) = (Ids(4), Ids(1));
        var named = Named(firm, "A1").Concat(Named(lone, "C3")).ToDictionary();

        var partition = new ClusterBuilder(Options).Build([.. firm, .. lone],
            [.. Star(firm, ClusterLinkKind.Organization, "A1"), .. AllPairs(lone, firm, 0.7)], named);

        Assert.That(partition.Clusters.Single(), Is.EquivalentTo(firm));
    }

    [Test]
    public void Should_join_by_template_without_the_organisations()
    {
        var (first, second) = (Ids(4), Ids(4));

        var partition = new ClusterBuilder(Options).Build([.. first, .. second],
            [.. Star(first, ClusterLinkKind.Organization, "A1"), .. Star(second, ClusterLinkKind.Organization, "B2"), .. AllPairs(first, second, 0.7)]);

        Assert.That(partition.Clusters.Single(), Has.Count.EqualTo(8), "the same links without what each names: one cluster");
    }

    [Test]
    public void Should_still_join_an_outfit_that_rotates_its_phones_and_its_coached_members()
    {
        var (first, second, coached) = (Ids(4), Ids(4), Ids(2));
        var named = Named(first, "A1").Concat(Named(second, "A1")).ToDictionary();

        var partition = new ClusterBuilder(Options).Build([.. first, .. second, .. coached],
            [.. Star(first, ClusterLinkKind.RepresentativePhone, "P1"), .. Star(second, ClusterLinkKind.RepresentativePhone, "P2"),
             .. AllPairs(first, second, 0.7), .. AllPairs(coached, first, 0.6)], named);

        Assert.That(partition.Clusters.Single(), Has.Count.EqualTo(10));
    }

    private static Guid[] Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    private static IEnumerable<KeyValuePair<Guid, IReadOnlySet<string>>> Named(Guid[] ids, string organization) =>
        ids.Select(id => KeyValuePair.Create(id, (IReadOnlySet<string>)new HashSet<string> { organization }));

    private static IEnumerable<ClusterLink> Star(Guid[] ids, ClusterLinkKind kind, string hash) =>
        ids.Skip(1).Select(id => new ClusterLink(ids[0], id, kind, ClusterLinkFinder.Strength(kind), hash));

    private static IEnumerable<ClusterLink> AllPairs(Guid[] from, Guid[] to, double similarity) =>
        from.SelectMany(f => to.Select(t => new ClusterLink(f, t, ClusterLinkKind.Template, similarity, null)));
}
