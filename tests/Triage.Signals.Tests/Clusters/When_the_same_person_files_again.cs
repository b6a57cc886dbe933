using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_the_same_person_files_again
{
    private ClusterCorpus _corpus = null!;
    private List<ComplaintFacts> _filings = null!;

    [SetUp]
    public async Task File()
    {
        _filings = Enumerable.Range(0, 3)
            .Select(i => Filing.By("repeat").With(IdentifierKind.ComplainantPhone, "own-phone").ThroughAgent("family-phone")
                .Saying(Texts.Filling(i)).OnDay(i * 5).Build())
            .ToList();
        _corpus = await ClusterCorpus.OfAsync([.. _filings, Filing.By("someone-else").Saying(OwnTexts.All[0]).OnDay(3).Build()]);
    }

    [TearDown]
    public void Dispose() => _corpus.Dispose();

    [Test]
    public async Task Should_form_one_cluster_of_the_three_filings()
    {
        var partition = await _corpus.ClustersAsync();

        Assert.That(partition.Clusters, Has.Count.EqualTo(1));
        Assert.That(partition.Clusters[0], Is.EqualTo(_filings.Select(f => f.Id)));
    }

    [Test]
    public async Task Should_link_them_only_as_the_same_complainant()
    {
        var links = await _corpus.AllLinksAsync();

        Assert.That(links, Has.Count.EqualTo(6));
        Assert.That(links.Select(l => l.Kind), Is.All.EqualTo(ClusterLinkKind.Complainant));
        Assert.That(links.Select(l => l.Strength), Is.All.EqualTo(ClusterLinkFinder.Strength(ClusterLinkKind.Complainant)));
    }
}
