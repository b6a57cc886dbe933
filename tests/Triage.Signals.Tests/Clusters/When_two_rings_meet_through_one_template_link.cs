using Triage.Signals.Clusters;
using Triage.Signals.Tests.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_two_rings_meet_through_one_template_link
{
    private ClusterCorpus _corpus = null!;
    private List<ComplaintFacts> _ringA = null!;
    private List<ComplaintFacts> _ringB = null!;

    [SetUp]
    public async Task File()
    {
        _ringA = Ring("a", Texts.Filling(1), firstOwnText: 1);
        _ringB = Ring("b", Texts.Filling(2), firstOwnText: 5);
        _corpus = await ClusterCorpus.OfAsync([.. _ringA, .. _ringB]);
    }

    [TearDown]
    public void Dispose() => _corpus.Dispose();

    [TestCase(6)]
    [TestCase(500)]
    public async Task Should_keep_them_apart_whatever_the_size_limit(int maxSize)
    {
        var partition = await _corpus.ClustersAsync(new ClusterOptions { MaxSize = maxSize });

        Assert.That(partition.Clusters, Has.Count.EqualTo(2));
        Assert.That(partition.Clusters, Has.Some.EqualTo(_ringA.Select(c => c.Id)));
        Assert.That(partition.Clusters, Has.Some.EqualTo(_ringB.Select(c => c.Id)));
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public async Task Should_be_joined_by_nothing_but_the_template()
    {
        var links = await _corpus.AllLinksAsync();

        var inA = _ringA.Select(c => c.Id).ToHashSet();
        var across = links.Where(l => inA.Contains(l.From) != inA.Contains(l.To)).ToList();
        Assert.That(across.Select(l => (l.From, l.To, l.Kind)), Is.EquivalentTo(new[]
        {
            (_ringA[0].Id, _ringB[0].Id, ClusterLinkKind.Template),
            (_ringB[0].Id, _ringA[0].Id, ClusterLinkKind.Template),
        }));
    }

    private static List<ComplaintFacts> Ring(string name, string template, int firstOwnText) => Enumerable.Range(0, 4)
        .Select(i => Filing.By($"ring-{name}-{i}").ThroughAgent($"agent-{name}").OnDay(i * 0.1)
            .Saying(i == 0 ? template : OwnTexts.All[firstOwnText + i - 1]).Build())
        .ToList();
}
