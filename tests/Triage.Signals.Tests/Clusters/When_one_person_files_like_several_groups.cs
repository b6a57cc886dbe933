using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Three groups of four people each file a template of their own; one person files three times, each time copying a
// different group's text. The person's filings are linked to each other (the same ID number) and each to its group.
public class When_one_person_files_like_several_groups
{
    private List<List<ComplaintFacts>> _groups = null!;
    private List<ComplaintFacts> _person = null!;
    private HindsightClusters _clusters = null!;

    [OneTimeSetUp]
    public async Task File()
    {
        string[] templates = [OwnTexts.All[0] + OwnTexts.All[5], OwnTexts.All[1] + OwnTexts.All[6], OwnTexts.All[2] + OwnTexts.All[7]];
        _groups = templates.Select((text, g) => Enumerable.Range(0, 4)
            .Select(i => Filing.By($"group-{g}-member-{i}").Saying(text).OnDay(g + i * 0.1).Build()).ToList()).ToList();
        _person = templates.Select((text, g) => Filing.By("prolific").Saying(text).OnDay(g + 0.5).Build()).ToList();
        var others = StockPhrases.HonestWaivers.Concat(OwnTexts.All.Skip(8)).Select((text, i) => Filing.By($"honest-{i}").Saying(text).OnDay(i % 5).Build());
        _clusters = await HindsightClusters.BuildAsync([.. _groups.SelectMany(g => g), .. _person, .. others]);
    }

    [Test]
    public void Should_link_the_persons_filings_to_each_other()
    {
        var person = _person.Select(c => c.Id).ToHashSet();

        Assert.That(_clusters.Links.Count(l => l.Kind == ClusterLinkKind.Complainant && person.Contains(l.From) && person.Contains(l.To)), Is.EqualTo(6));
    }

    [Test]
    public void Should_keep_each_group_in_a_cluster_of_its_own()
    {
        foreach (var group in _groups)
        {
            var cluster = _clusters.ClusterOf(group[0].Id);
            Assert.That(cluster, Is.Not.Null);
            Assert.That(cluster, Is.SupersetOf(group.Select(c => c.Id)));
            Assert.That(_groups.Where(other => other != group).SelectMany(other => other).Select(c => c.Id), Has.None.AnyOf(cluster!.ToArray()));
        }
    }

    [Test]
    public void Should_put_each_of_the_persons_filings_with_the_group_it_copies()
    {
        for (var g = 0; g < _groups.Count; g++)
            Assert.That(_clusters.ClusterOf(_person[g].Id), Does.Contain(_groups[g][0].Id));
    }

    [Test]
    public void Should_keep_every_member_linked_to_its_clusters_core() => Assert.That(_clusters.MembersOutsideTheCore(), Is.Empty);
}
