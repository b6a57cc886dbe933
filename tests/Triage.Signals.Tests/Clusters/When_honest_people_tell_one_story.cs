using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Six people, each in a few words of their own, tell the same scam call in the same long sentence (one of them twice):
// their texts link as a template, and nothing else ties them (no agent, no shared device). Where their scores do not flag
// the group, it is not kept (UnflaggedTextGroups): nobody is in a cluster but the person who filed twice, with their own
// two filings. Kept when the scores flag it, when three of them file through one agent phone, and when no scores are
// known (the control: the same links make the group). A branch's desk phone that several of them give holds nobody.
// Around them, the honest week of StockPhrases.Bystanders (whose own groups of people quoting one stock phrase are
// released too where their scores are low).
public class When_honest_people_tell_one_story
{
    private const string Scene = "今天中午一个外地号码打过来，说是受贵公司委托催收，让我把钱转到一个个人账户上，我不敢转，想确认一下这是不是你们的人。";

    private static readonly string[] Openings =
    [
        "我是开出租车的，", "我在医院当护工，", "我刚毕业没多久，", "我在工厂上夜班，", "我家在县城开超市，", "我是退休教师，",
    ];

    private List<ComplaintFacts> _story = null!;
    private ComplaintFacts _again = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _story = Openings.Select((opening, i) => Filing.By($"teller-{i}").Saying(opening + Scene).OnDay(i * 3).Build()).ToList();
        _again = Filing.By("teller-0").Saying("上次反映的事还没人回我。" + Scene).OnDay(2).Build();
        _all = [.. _story, _again, .. StockPhrases.Bystanders()];
    }

    private Dictionary<Guid, double> Scores(double tellers) =>
        _all.ToDictionary(c => c.Id, c => c == _again || _story.Contains(c) ? tellers : 0.01);

    [Test]
    public async Task Should_make_one_group_of_them_when_no_scores_are_known()
    {
        var clusters = await HindsightClusters.BuildAsync(_all);

        Assert.That(clusters.ClusterOf(_story[1].Id), Is.EquivalentTo(_story.Append(_again).Select(c => c.Id)));
        Assert.That(clusters.Partition.Released, Is.Zero);
    }

    [Test]
    public async Task Should_keep_no_group_of_them_when_their_scores_do_not_flag_it()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, scores: Scores(tellers: 0.1));

        Assert.That(clusters.Partition.Released, Is.Positive);
        Assert.That(clusters.ClusterOf(_story[0].Id), Is.EquivalentTo(new[] { _story[0].Id, _again.Id }));
        foreach (var teller in _story.Skip(1))
            Assert.That(clusters.ClusterOf(teller.Id), Is.Null);
    }

    // Four of them filed at one branch, whose desk wrote its own phone down as theirs; two others are a couple who give one
    // phone. A phone that three or more of them give is nobody's own and holds nobody together; the couple's does.
    [Test]
    public async Task Should_keep_together_what_a_person_s_phone_links_but_not_what_a_desk_phone_does()
    {
        var filed = _story.Select((c, i) => i switch
        {
            < 4 => Filing.By($"teller-{i}").Saying(c.Text).OnDay(i * 3).With(IdentifierKind.ComplainantPhone, "0871-6126841").Build(),
            _ => Filing.By($"teller-{i}").Saying(c.Text).OnDay(i * 3).With(IdentifierKind.ComplainantPhone, "13800001234").Build(),
        }).ToList();
        List<ComplaintFacts> all = [.. filed, _again, .. StockPhrases.Bystanders()];

        var clusters = await HindsightClusters.BuildAsync(all, scores: all.ToDictionary(c => c.Id, _ => 0.1));

        Assert.That(clusters.ClusterOf(filed[0].Id), Is.EquivalentTo(new[] { filed[0].Id, _again.Id }));
        foreach (var teller in filed.Skip(1).Take(3))
            Assert.That(clusters.ClusterOf(teller.Id), Is.Null);
        Assert.That(clusters.ClusterOf(filed[4].Id), Is.EquivalentTo(new[] { filed[4].Id, filed[5].Id }));
    }

    [Test]
    public async Task Should_keep_the_group_when_their_scores_flag_it()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, scores: Scores(tellers: 0.9));

        Assert.That(clusters.ClusterOf(_story[1].Id), Is.EquivalentTo(_story.Append(_again).Select(c => c.Id)));
    }

    [Test]
    public async Task Should_keep_the_group_when_three_of_them_file_through_one_agent()
    {
        var behind = _story.Select((c, i) => i < 3
            ? Filing.By($"teller-{i}").Saying(c.Text).OnDay(i * 3).ThroughAgent("13912345678").Build()
            : c).ToList();
        List<ComplaintFacts> all = [.. behind, _again, .. StockPhrases.Bystanders()];
        var scores = all.ToDictionary(c => c.Id, _ => 0.1);

        var clusters = await HindsightClusters.BuildAsync(all, scores: scores);

        Assert.That(clusters.ClusterOf(behind[1].Id), Is.EquivalentTo(behind.Append(_again).Select(c => c.Id)));
    }
}
