using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

// The baseline the cluster figures are compared with (`triage evaluate-routing --complaints`): plain union-find over an
// agent phone or device shared by different people, the complainant's own phone or ID number, and another person's
// near-identical text, within 30 days.
public class When_the_rules_baseline_clusters
{
    [Test]
    public async Task Should_join_people_behind_one_agent_phone_and_one_persons_filings()
    {
        var ring = Enumerable.Range(0, 4).Select(i => Filing.By($"member-{i}").ThroughAgent("agent-phone").OnDay(i).Build()).ToList();
        var person = Enumerable.Range(0, 3).Select(i => Filing.By("repeat").OnDay(i * 5).Build()).ToList();
        var stranger = Filing.By("stranger").OnDay(1).Build();

        var clusters = await RulesClusters.BuildAsync([.. ring, .. person, stranger]);

        Assert.That(clusters.Select(c => c.ToHashSet()), Is.EquivalentTo(new[] { ring.Select(c => c.Id).ToHashSet(), person.Select(c => c.Id).ToHashSet() }));
    }

    [Test]
    public async Task Should_join_near_identical_texts_of_different_people()
    {
        var copies = Enumerable.Range(0, 4).Select(i => Filing.By($"borrower-{i}").Saying(Texts.Filling(i)).OnDay(i).Build()).ToList();
        var other = Filing.By("other").Saying(Texts.Unrelated).OnDay(1).Build();

        var clusters = await RulesClusters.BuildAsync([.. copies, other]);

        Assert.That(clusters.Single(), Is.EquivalentTo(copies.Select(c => c.Id)));
    }

    [Test]
    public async Task Should_not_join_by_an_organisation_or_an_address_or_across_the_horizon()
    {
        var named = Enumerable.Range(0, 3).Select(i => Filing.By($"client-{i}").With(IdentifierKind.Organization, "firm").With(IdentifierKind.Ip, "nat")
            .OnDay(i).Build()).ToList();
        var (early, late) = (Filing.By("a").ThroughAgent("old-phone").OnDay(0).Build(), Filing.By("b").ThroughAgent("old-phone").OnDay(45).Build());

        var clusters = await RulesClusters.BuildAsync([.. named, early, late]);

        Assert.That(clusters, Is.Empty);
    }
}
