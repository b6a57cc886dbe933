using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_complaints_are_far_apart_in_time
{
    [Test]
    public async Task Should_not_link_a_complaint_40_days_away_by_a_shared_phone()
    {
        var early = Filing.By("first").ThroughAgent("agent").Build();
        var late = Filing.By("second").ThroughAgent("agent").OnDay(40).Build();
        using var corpus = await ClusterCorpus.OfAsync([early, late]);

        var fromEarly = await corpus.LinksOfAsync(early);
        var fromLate = await corpus.LinksOfAsync(late);
        var partition = await corpus.ClustersAsync();

        Assert.That(fromEarly, Is.Empty);
        Assert.That(fromLate, Is.Empty);
        Assert.That(partition.Clusters, Is.Empty);
    }

    [Test]
    public async Task Should_not_link_a_template_40_days_away()
    {
        var early = Filing.By("first").Saying(Texts.Filling(1)).Build();
        var late = Filing.By("second").Saying(Texts.Filling(2)).OnDay(40).Build();
        using var corpus = await ClusterCorpus.OfAsync([early, late]);

        var links = await corpus.AllLinksAsync();

        Assert.That(links, Is.Empty);
    }

    [Test]
    public async Task Should_link_both_ways_up_to_the_horizon_itself()
    {
        var early = Filing.By("first").ThroughAgent("agent").Saying(Texts.Filling(1)).Build();
        var late = Filing.By("second").ThroughAgent("agent").Saying(Texts.Filling(2)).OnDay(30).Build();
        using var corpus = await ClusterCorpus.OfAsync([early, late]);

        var fromEarly = await corpus.LinksOfAsync(early);
        var fromLate = await corpus.LinksOfAsync(late);

        Assert.That(fromEarly.Select(l => (l.To, l.Kind)), Is.EqualTo(new[] { (late.Id, ClusterLinkKind.RepresentativePhone), (late.Id, ClusterLinkKind.Template) }));
        Assert.That(fromLate.Select(l => (l.To, l.Kind)), Is.EqualTo(new[] { (early.Id, ClusterLinkKind.RepresentativePhone), (early.Id, ClusterLinkKind.Template) }));
    }

    [Test]
    public async Task Should_link_40_days_apart_under_a_longer_horizon()
    {
        var early = Filing.By("first").ThroughAgent("agent").Build();
        var late = Filing.By("second").ThroughAgent("agent").OnDay(40).Build();
        using var corpus = await ClusterCorpus.OfAsync([early, late]);

        var partition = await corpus.ClustersAsync(new ClusterOptions { Horizon = TimeSpan.FromDays(45) });

        Assert.That(partition.Clusters.Single(), Is.EqualTo(new[] { early.Id, late.Id }));
    }
}
