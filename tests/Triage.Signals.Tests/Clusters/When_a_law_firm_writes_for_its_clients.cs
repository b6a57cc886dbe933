using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

// A named law firm acts for many honest clients from one phone, under one name and with one house letter. The signals
// already count no one behind the firm (agent_identifier_people_30d, template_sharers_30d); the clusters do not group
// its clients either: its letters link a client's own filings, and other people only through identifiers of their own.
public class When_a_law_firm_writes_for_its_clients
{
    [Test]
    public async Task Should_not_link_its_clients_by_its_phone_its_name_or_its_house_letter()
    {
        var letters = Clients(6, firm: true);
        using var corpus = await ClusterCorpus.OfAsync(letters);

        var links = await corpus.AllLinksAsync();
        var partition = await corpus.ClustersAsync();

        Assert.That(links, Is.Empty);
        Assert.That(partition.Clusters, Is.Empty);
    }

    [Test]
    public async Task Should_link_the_same_letters_when_the_representative_names_no_firm()
    {
        var letters = Clients(6, firm: false);
        using var corpus = await ClusterCorpus.OfAsync(letters);

        var partition = await corpus.ClustersAsync();

        Assert.That(partition.Clusters.Single(), Is.EquivalentTo(letters.Select(l => l.Id)));
    }

    [Test]
    public async Task Should_keep_a_clients_own_filings_together()
    {
        var letters = Clients(4, firm: true);
        var herself = Filing.By("client-0").Saying(Texts.Unrelated).OnDay(5).Build();
        using var corpus = await ClusterCorpus.OfAsync([.. letters, herself]);

        var links = await corpus.LinksOfAsync(letters[0]);
        var partition = await corpus.ClustersAsync();

        Assert.That(links.Select(l => (l.To, l.Kind)), Is.EqualTo(new[] { (herself.Id, ClusterLinkKind.Complainant) }));
        Assert.That(partition.Clusters.Single(), Is.EquivalentTo(new[] { letters[0].Id, herself.Id }));
    }

    [Test]
    public async Task Should_still_link_its_client_to_an_outfit_that_shares_the_firms_phone_and_names_no_firm()
    {
        var letters = Clients(3, firm: true);
        var outfit = Enumerable.Range(0, 3).Select(i => Filing.By($"member-{i}").ThroughAgent("firm-phone").OnDay(i).Build()).ToList();
        using var corpus = await ClusterCorpus.OfAsync([.. letters, .. outfit]);

        var partition = await corpus.ClustersAsync();

        Assert.That(partition.Clusters.Single(), Is.EquivalentTo(letters.Concat(outfit).Select(c => c.Id)),
            "the outfit's complaints link to the phone's every sighting; only the firm's letters link to no one");
    }

    private static List<ComplaintFacts> Clients(int count, bool firm) =>
        Enumerable.Range(0, count)
            .Select(i => (firm ? Filing.By($"client-{i}").ThroughLawFirm("firm-phone", "某某律师事务所") : Filing.By($"client-{i}").ThroughAgent("firm-phone")
                    .With(IdentifierKind.Organization, "某某律师事务所"))
                .Saying(Texts.Filling(i)).OnDay(i).Build())
            .ToList();
}
