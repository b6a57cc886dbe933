using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_a_ring_shares_an_agent_phone
{
    private ClusterCorpus _corpus = null!;
    private List<ComplaintFacts> _ring = null!;

    [SetUp]
    public async Task File()
    {
        _ring = Enumerable.Range(0, 8)
            .Select(i => Filing.By($"borrower-{i}").ThroughAgent("agent-phone").OnDay(i * 0.1).Saying(OwnTexts.All[i]).Build())
            .ToList();
        _corpus = await ClusterCorpus.OfAsync(_ring);
    }

    [TearDown]
    public void Dispose() => _corpus.Dispose();

    [Test]
    public async Task Should_form_one_cluster_of_all_eight()
    {
        var partition = await _corpus.ClustersAsync();

        Assert.That(partition.Clusters, Has.Count.EqualTo(1));
        Assert.That(partition.Clusters[0], Is.EqualTo(_ring.Select(c => c.Id)));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public async Task Should_link_each_member_to_the_seven_others_by_the_representative_phone()
    {
        var links = await _corpus.LinksOfAsync(_ring[3]);

        Assert.That(links.Select(l => l.To), Is.EquivalentTo(_ring.Where(c => c != _ring[3]).Select(c => c.Id)));
        Assert.That(links.Select(l => l.Kind), Is.All.EqualTo(ClusterLinkKind.RepresentativePhone));
        Assert.That(links.Select(l => l.From), Is.All.EqualTo(_ring[3].Id));
        Assert.That(links.Select(l => l.IdentifierHash), Is.All.EqualTo(Filing.Hash(IdentifierKind.RepresentativePhone, "agent-phone").Hash));
        Assert.That(links.Select(l => l.Strength), Is.All.EqualTo(ClusterLinkFinder.Strength(ClusterLinkKind.RepresentativePhone)));
    }
}
