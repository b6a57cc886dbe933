using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_different_complainants_file_one_template
{
    [Test]
    public async Task Should_link_them_by_the_template_as_strongly_as_they_are_alike()
    {
        var filings = Enumerable.Range(0, 4).Select(i => Filing.By($"borrower-{i}").Saying(Texts.Filling(i)).OnDay(i).Build()).ToList();
        using var corpus = await ClusterCorpus.OfAsync([.. filings, Filing.By("stranger").Saying(Texts.Unrelated).OnDay(1).Build()]);

        var links = await corpus.LinksOfAsync(filings[0]);
        var partition = await corpus.ClustersAsync();

        Assert.That(links.Select(l => l.To), Is.EquivalentTo(filings.Skip(1).Select(f => f.Id)));
        Assert.That(links.Select(l => l.Kind), Is.All.EqualTo(ClusterLinkKind.Template));
        Assert.That(links.Select(l => l.IdentifierHash), Is.All.Null);
        Assert.That(links.Select(l => l.Strength), Is.All.InRange(0.5, 1.0));
        Assert.That(partition.Clusters.Single(), Is.EqualTo(filings.Select(f => f.Id)));
    }

    [Test]
    public async Task Should_not_link_them_below_the_template_similarity()
    {
        var filings = Enumerable.Range(0, 4).Select(i => Filing.By($"borrower-{i}").Saying(Texts.Filling(i)).OnDay(i).Build()).ToList();
        using var corpus = await ClusterCorpus.OfAsync(filings);

        var links = await corpus.AllLinksAsync(new ClusterOptions { TemplateSimilarity = 1.01 });

        Assert.That(links, Is.Empty);
    }

    [Test]
    public void Should_rank_every_shared_identifier_above_the_most_alike_template()
    {
        var identifierKinds = Enum.GetValues<ClusterLinkKind>().Where(k => k != ClusterLinkKind.Template);

        Assert.That(identifierKinds.Select(ClusterLinkFinder.Strength), Is.All.GreaterThan(1.0));
    }
}
