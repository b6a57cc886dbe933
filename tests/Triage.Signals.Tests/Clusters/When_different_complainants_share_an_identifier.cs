using Triage.Signals.Clusters;
using Triage.Signals.Links;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_different_complainants_share_an_identifier
{
    [TestCase(IdentifierKind.RepresentativePhone, ClusterLinkKind.RepresentativePhone)]
    [TestCase(IdentifierKind.Organization, ClusterLinkKind.Organization)]
    [TestCase(IdentifierKind.Device, ClusterLinkKind.Device)]
    [TestCase(IdentifierKind.Email, ClusterLinkKind.Email)]
    [TestCase(IdentifierKind.ComplainantPhone, ClusterLinkKind.ComplainantPhone)]
    [TestCase(IdentifierKind.CustomerId, ClusterLinkKind.CustomerId)]
    public async Task Should_link_them_by_the_identifiers_kind(IdentifierKind shared, ClusterLinkKind expected)
    {
        var first = Filing.By("first").With(shared, "shared").Build();
        var second = Filing.By("second").With(shared, "shared").OnDay(1).Build();
        using var corpus = await ClusterCorpus.OfAsync([first, second]);

        var links = await corpus.LinksOfAsync(first);

        Assert.That(links, Has.Count.EqualTo(1));
        Assert.That(links[0], Is.EqualTo(new ClusterLink(first.Id, second.Id, expected, ClusterLinkFinder.Strength(expected), Filing.Hash(shared, "shared").Hash)));
    }

    [Test]
    public async Task Should_keep_every_reason_the_pair_is_linked_strongest_first()
    {
        var first = Filing.By("first").ThroughAgent("agent").With(IdentifierKind.Email, "shared@example.cn").Saying(Texts.Filling(1)).Build();
        var second = Filing.By("second").ThroughAgent("agent").With(IdentifierKind.Email, "shared@example.cn").Saying(Texts.Filling(2)).OnDay(1).Build();
        using var corpus = await ClusterCorpus.OfAsync([first, second]);

        var links = await corpus.LinksOfAsync(second);

        Assert.That(links.Select(l => l.Kind), Is.EqualTo(new[] { ClusterLinkKind.RepresentativePhone, ClusterLinkKind.Email, ClusterLinkKind.Template }));
        Assert.That(links.Select(l => l.To), Is.All.EqualTo(first.Id));
    }

    [Test]
    public async Task Should_not_link_on_an_allow_listed_identifier()
    {
        var hotline = Filing.Hash(IdentifierKind.RepresentativePhone, "lender-hotline");
        var complaints = Enumerable.Range(0, 4).Select(i => Filing.By($"borrower-{i}").ThroughAgent("lender-hotline").OnDay(i).Build()).ToList();
        using var corpus = await ClusterCorpus.OfAsync(complaints);

        var partition = await corpus.ClustersAsync(hubs: new HubPolicy { AllowListedHashes = new HashSet<string> { hotline.Hash } });

        Assert.That(partition.Clusters, Is.Empty);
    }
}
