using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Signals.Links;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

// The nightly rescoring asks for a complaint's signals and its cluster links with one near-duplicate query; the
// answers must be the ones two separate queries give.
public class When_signals_and_links_share_one_text_query
{
    [Test]
    public async Task Should_give_the_same_signals_and_links_as_two_queries()
    {
        var complaints = new List<ComplaintFacts>();
        for (var ring = 0; ring < 3; ring++)
            complaints.AddRange(Enumerable.Range(0, 5).Select(i => Filing.By($"ring-{ring}-{i}").ThroughAgent($"agent-{ring}").OnDay(ring * 2 + i * 0.1)
                .Saying(i < 4 ? Texts.Filling(ring * 10 + i) : OwnTexts.All[ring]).Build()));
        complaints.AddRange(OwnTexts.All.Skip(3).Select((text, i) => Filing.By($"stranger-{i}").OnDay(i * 0.3).Saying(text).Build()));
        complaints.Add(Filing.By("ring-0-0").OnDay(1).Saying(Texts.Filling(99)).Build());
        using var corpus = new HindsightCorpus(new SignalOptions(), new ClusterLinkFinder(new ClusterOptions(), new HubPolicy()));
        await corpus.AddAllAsync(complaints);

        var templateLinks = 0;
        foreach (var complaint in complaints)
        {
            var (signals, links) = await corpus.SignalsAndLinksAsync(complaint);
            var separately = await corpus.LinksAsync(complaint);

            Assert.That(signals.ToArray(), Is.EqualTo((await corpus.SignalsAsync(complaint)).ToArray()));
            Assert.That(links, Is.EqualTo(separately));
            templateLinks += links.Count(l => l.Kind == ClusterLinkKind.Template);
        }
        Assert.That(templateLinks, Is.GreaterThan(0), "the corpus has near-duplicate texts to share");
    }
}
