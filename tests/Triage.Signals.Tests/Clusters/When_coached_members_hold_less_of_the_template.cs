using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Six members of an outfit file its template behind one agent phone; two members it coached file on their own, each
// around a story of their own (as in When_a_coached_member_retypes_the_template_loosely). Where the scores are known, a
// complaint its own score flags joins a core on less cover and a smaller margin (AttachFlaggedCoverage,
// AttachFlaggedMargin): its text and its score agree. Here the plain coverage is put out of reach (AttachCoverage 0.99),
// so only that path can take them in. Around them, the honest week of StockPhrases.Bystanders.
public class When_coached_members_hold_less_of_the_template
{
    private const string A1 = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string A2 = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";

    private List<ComplaintFacts> _outfit = null!;
    private List<ComplaintFacts> _coached = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _outfit = SpunOutfit.Members("a", A1, A2, day: 0, agent: "agent-a");
        _coached =
        [
            Filing.By("coached-1").Saying($"我在县城开小饭馆，今年生意一落千丈，房租都交不上。{A1}。{A2}。").OnDay(0.5).Build(),
            Filing.By("coached-2").Saying($"{A2}。我老公住院半年，孩子还在读初中，全家就靠我一个人打零工。{A1}。").OnDay(1.5).Build(),
        ];
        _all = [.. _outfit, .. _coached, .. StockPhrases.Bystanders()];
    }

    private static ClusterOptions Options(double flaggedCoverage = 0.1) => new() { AttachCoverage = 0.99, AttachFlaggedCoverage = flaggedCoverage };

    private Dictionary<Guid, double> Scores(double coached) =>
        _all.ToDictionary(c => c.Id, c => _outfit.Contains(c) ? 0.95 : _coached.Contains(c) ? coached : 0.01);

    [Test]
    public async Task Should_take_in_the_members_their_scores_flag()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, Options(), Scores(coached: 0.9));

        foreach (var member in _coached)
            Assert.That(clusters.ClusterOf(member.Id), Is.EquivalentTo(_outfit.Concat(_coached).Select(c => c.Id)));
        var outfit = _outfit.Select(c => c.Id).ToHashSet();
        Assert.That(clusters.Partition.Attached, Has.Count.EqualTo(2).And.All.Matches<ClusterLink>(l => l.Kind == ClusterLinkKind.Template && outfit.Contains(l.To)));
    }

    [Test]
    public async Task Should_leave_out_the_members_their_scores_do_not_flag() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, Options(), Scores(coached: 0.3)));

    [Test]
    public async Task Should_leave_them_out_without_the_scores() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, Options()));

    [Test]
    public async Task Should_leave_them_out_with_the_flagged_coverage_out_of_reach_too() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, Options(flaggedCoverage: 0.99), Scores(coached: 0.9)));

    private void AssertApart(HindsightClusters clusters)
    {
        Assert.That(clusters.Partition.Attached, Is.Empty);
        Assert.That(clusters.ClusterOf(_outfit[0].Id), Is.EquivalentTo(_outfit.Select(c => c.Id)));
    }
}
