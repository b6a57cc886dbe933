using Triage.Signals.Links;

namespace Triage.Signals.Tests.Clusters;

public class When_an_identifier_is_a_hub
{
    [Test]
    public async Task Should_glue_nobody_when_150_complainants_share_a_phone()
    {
        var complaints = Enumerable.Range(0, 150)
            .Select(i => Filing.By($"borrower-{i}").ThroughAgent("hub-phone").OnDay(i * 0.1).Build());
        using var corpus = await ClusterCorpus.OfAsync(complaints);

        var links = await corpus.AllLinksAsync();
        var partition = await corpus.ClustersAsync();

        Assert.That(links, Is.Empty);
        Assert.That(partition.Clusters, Is.Empty);
    }

    [Test]
    public async Task Should_leave_two_rings_behind_it_apart()
    {
        var customers = Enumerable.Range(0, 150)
            .Select(i => Filing.By($"borrower-{i}").With(IdentifierKind.Organization, "carrier-shop").OnDay(i * 0.1).Build());
        var ringA = Enumerable.Range(0, 4).Select(i => Filing.By($"ring-a-{i}").ThroughAgent("agent-a").With(IdentifierKind.Organization, "carrier-shop").OnDay(i * 0.1).Build()).ToList();
        var ringB = Enumerable.Range(0, 4).Select(i => Filing.By($"ring-b-{i}").ThroughAgent("agent-b").With(IdentifierKind.Organization, "carrier-shop").OnDay(i * 0.1).Build()).ToList();
        using var corpus = await ClusterCorpus.OfAsync([.. customers, .. ringA, .. ringB]);

        var partition = await corpus.ClustersAsync();

        Assert.That(partition.Clusters, Has.Count.EqualTo(2));
        Assert.That(partition.Clusters, Has.Some.EquivalentTo(ringA.Select(c => c.Id)));
        Assert.That(partition.Clusters, Has.Some.EquivalentTo(ringB.Select(c => c.Id)));
    }

    [TestCase(7, 0)]
    [TestCase(8, 1)]
    public async Task Should_be_a_hub_only_past_the_most_distinct_complainants_allowed(int maxDistinct, int clusters)
    {
        var complaints = Enumerable.Range(0, 8).Select(i => Filing.By($"borrower-{i}").ThroughAgent("phone").OnDay(i).Build());
        using var corpus = await ClusterCorpus.OfAsync(complaints);

        var partition = await corpus.ClustersAsync(hubs: new HubPolicy { MaxDistinctComplainants = maxDistinct });

        Assert.That(partition.Clusters, Has.Count.EqualTo(clusters));
    }

    [Test]
    public async Task Should_count_one_person_filing_many_times_as_one_complainant()
    {
        var complaints = Enumerable.Range(0, 8).Select(i => Filing.By(i < 5 ? "frequent" : $"borrower-{i}").ThroughAgent("phone").OnDay(i).Build());
        using var corpus = await ClusterCorpus.OfAsync(complaints);

        var partition = await corpus.ClustersAsync(hubs: new HubPolicy { MaxDistinctComplainants = 4 });

        Assert.That(partition.Clusters.Single(), Has.Count.EqualTo(8));
    }
}
