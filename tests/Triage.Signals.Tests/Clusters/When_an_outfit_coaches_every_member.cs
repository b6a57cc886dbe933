using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// An outfit that coaches every member to file from their own phone leaves no agent identifier: its members link by their
// template alone, and their scores flag the group. Two coached members retype the template loosely around a story of
// their own (no template link to any member, as in When_a_coached_member_retypes_the_template_loosely). A group the
// scores flag strongly has a core, so they join it; the same group without scores, with middling scores or smaller than
// ScoredCoreMinSize does not (the group's risk 0.75 is enough, ScoredCoreMinRisk 0.7; 0.6 is not). Around them, the
// honest week of StockPhrases.Bystanders. (Options: this corpus holds some sixty complainants, so a group of six counts,
// ScoredCoreMinSize 5.)
public class When_an_outfit_coaches_every_member
{
    private const string A1 = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string A2 = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";

    private static readonly ClusterOptions Options = new() { ScoredCoreMinSize = 5 };

    private List<ComplaintFacts> _outfit = null!;
    private List<ComplaintFacts> _coached = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _outfit = SpunOutfit.Members("a", A1, A2, day: 0);
        _coached =
        [
            Filing.By("coached-1").Saying($"我在县城开小饭馆，今年生意一落千丈，房租都交不上。{A1}。{A2}。").OnDay(0.5).Build(),
            Filing.By("coached-2").Saying($"{A2}。我老公住院半年，孩子还在读初中，全家就靠我一个人打零工。{A1}。").OnDay(1.5).Build(),
        ];
        _all = [.. _outfit, .. _coached, .. StockPhrases.Bystanders()];
    }

    private Dictionary<Guid, double> Scores(double outfit) =>
        _all.ToDictionary(c => c.Id, c => _outfit.Contains(c) ? outfit : _coached.Contains(c) ? 0.3 : 0.01);

    [TestCase(0.95)]
    [TestCase(0.75)]
    public async Task Should_put_the_coached_members_in_the_group_their_scores_flag(double outfit)
    {
        var clusters = await HindsightClusters.BuildAsync(_all, Options, Scores(outfit));

        foreach (var member in _coached)
            Assert.That(clusters.ClusterOf(member.Id), Is.EquivalentTo(_outfit.Concat(_coached).Select(c => c.Id)));
        var members = _outfit.Select(c => c.Id).ToHashSet();
        Assert.That(clusters.Partition.Attached, Has.Count.EqualTo(2).And.All.Matches<ClusterLink>(l => l.Kind == ClusterLinkKind.Template && members.Contains(l.To)));
        Assert.That(clusters.MembersOutsideTheCore(), Is.Empty);
    }

    [Test]
    public async Task Should_leave_them_apart_without_the_scores() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, Options));

    [Test]
    public async Task Should_leave_them_apart_when_the_scores_flag_the_group_only_mildly() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, Options, Scores(outfit: 0.6)));

    [Test]
    public async Task Should_leave_them_apart_when_the_group_is_smaller_than_a_scored_core() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, new ClusterOptions(), Scores(outfit: 0.95)));

    // The outfit files again six weeks later, past the horizon: a second group of its members with the same core. Counted
    // as a second core, it would take half of every shared sentence's weight and neither group would win the coached
    // members by the margin; it repeats the first core, so it is not counted and they join the first group. (Both groups
    // in this small corpus: the template's sentences are rare from 0.3, CoreMinRarity 0.3.)
    [Test]
    public async Task Should_count_a_second_group_of_the_same_outfit_as_no_core_of_its_own()
    {
        var again = SpunOutfit.Members("a-again", A1, A2, day: 42);
        List<ComplaintFacts> all = [.. _all, .. again];
        var scores = all.ToDictionary(c => c.Id, c => _outfit.Contains(c) || again.Contains(c) ? 0.95 : _coached.Contains(c) ? 0.3 : 0.01);
        var options = new ClusterOptions { ScoredCoreMinSize = 5, CoreMinRarity = 0.3f };

        var clusters = await HindsightClusters.BuildAsync(all, options, scores);
        var counted = await HindsightClusters.BuildAsync(all, new ClusterOptions { ScoredCoreMinSize = 5, CoreMinRarity = 0.3f, ScoredCoreMaxOverlap = 2 }, scores);

        foreach (var member in _coached)
            Assert.That(clusters.ClusterOf(member.Id), Is.EquivalentTo(_outfit.Concat(_coached).Select(c => c.Id)));
        Assert.That(clusters.ClusterOf(again[0].Id), Is.EquivalentTo(again.Select(c => c.Id)));
        Assert.That(counted.Partition.Attached, Is.Empty);
    }

    // The outfit's agent files for six members while it coaches six more to file from their own phones the same week, with
    // the same template. The two groups link by one template link only (the others taken away, as where a link between two
    // groups finds no support), so growth keeps them apart. The coached group's scores flag it and its core repeats the
    // agent's group's closely: it is another piece of the outfit and joins the group, by one template link between them.
    // Not with ScoredCoreMergeOverlap out of reach, and not without the link (the group of six weeks later, above).
    [Test]
    public async Task Should_join_a_piece_of_the_same_outfit_to_its_group()
    {
        var agent = SpunOutfit.Members("b", A1, A2, day: 0, agent: "13700001111");
        var piece = SpunOutfit.Members("b-coached", A1, A2, day: 1);
        List<ComplaintFacts> all = [.. agent, .. piece, .. StockPhrases.Bystanders()];
        var (inAgent, inPiece) = (agent.Select(c => c.Id).ToHashSet(), piece.Select(c => c.Id).ToHashSet());
        var bridge = (From: piece[0].Id, To: agent[0].Id);
        bool Keep(ClusterLink l) => !(inAgent.Contains(l.From) && inPiece.Contains(l.To) || inPiece.Contains(l.From) && inAgent.Contains(l.To))
                                    || (l.From, l.To) == bridge && l.Kind == ClusterLinkKind.Template;
        var scores = all.ToDictionary(c => c.Id, c => inAgent.Contains(c.Id) || inPiece.Contains(c.Id) ? 0.95 : 0.01);

        var clusters = await HindsightClusters.BuildAsync(all, Options, scores, Keep);
        var apart = await HindsightClusters.BuildAsync(all, new ClusterOptions { ScoredCoreMinSize = 5, ScoredCoreMergeOverlap = 2 }, scores, Keep);

        Assert.That(clusters.ClusterOf(piece[3].Id), Is.EquivalentTo(inAgent.Concat(inPiece)));
        Assert.That(clusters.Partition.Attached, Has.One.Matches<ClusterLink>(l => l.Kind == ClusterLinkKind.Template && inPiece.Contains(l.From) && inAgent.Contains(l.To)));
        Assert.That(clusters.MembersOutsideTheCore(), Is.Empty);
        Assert.That(apart.ClusterOf(piece[3].Id), Is.EquivalentTo(inPiece));
        Assert.That(apart.ClusterOf(agent[3].Id), Is.EquivalentTo(inAgent));
    }

    private void AssertApart(HindsightClusters clusters)
    {
        Assert.That(clusters.Partition.Attached, Is.Empty);
        Assert.That(clusters.ClusterOf(_outfit[0].Id), Is.EquivalentTo(_outfit.Select(c => c.Id)));
        foreach (var member in _coached)
            Assert.That(clusters.ClusterOf(member.Id), Is.Null.Or.EquivalentTo(_coached.Select(c => c.Id)));
    }
}
