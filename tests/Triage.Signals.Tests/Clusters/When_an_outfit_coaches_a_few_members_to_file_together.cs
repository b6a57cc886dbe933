using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// An outfit's agent files for six members while eight more it coached file the same template from their own phones: a
// group of their own, too small for a core of its own (ScoredCoreMinSize 20) and held by no identifier. The two groups
// are kept from linking (every link between them taken away, as where the pieces' texts differ too much for support).
// Where the scores flag the eight (a piece), they join the agent's group: all of them cover its core. Not when their
// scores do not flag them, not without scores. Eight are more than the six the core holds: they join because outsiders
// the scores flag do not count against the growth limit, even as one group.
public class When_an_outfit_coaches_a_few_members_to_file_together
{
    private const string A1 = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string A2 = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";

    private List<ComplaintFacts> _agent = null!;
    private List<ComplaintFacts> _piece = null!;
    private List<ComplaintFacts> _all = null!;
    private Func<ClusterLink, bool> _apart = null!;

    [OneTimeSetUp]
    public void File()
    {
        _agent = SpunOutfit.Members("a", A1, A2, day: 0, agent: "13700001111");
        _piece = SpunOutfit.Members("a-coached", A1, A2, day: 1, count: 8);
        _all = [.. _agent, .. _piece, .. StockPhrases.Bystanders()];
        var (agent, piece) = (_agent.Select(c => c.Id).ToHashSet(), _piece.Select(c => c.Id).ToHashSet());
        _apart = l => !(agent.Contains(l.From) && piece.Contains(l.To) || piece.Contains(l.From) && agent.Contains(l.To));
    }

    private Dictionary<Guid, double> Scores(double piece) =>
        _all.ToDictionary(c => c.Id, c => _agent.Contains(c) ? 0.95 : _piece.Contains(c) ? piece : 0.01);

    [Test]
    public async Task Should_join_the_piece_its_scores_flag_to_the_agents_group()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, new ClusterOptions(), Scores(piece: 0.9), _apart);

        Assert.That(clusters.ClusterOf(_piece[0].Id), Is.EquivalentTo(_agent.Concat(_piece).Select(c => c.Id)));
        var agent = _agent.Select(c => c.Id).ToHashSet();
        Assert.That(clusters.Partition.Attached.Where(l => l.Kind == ClusterLinkKind.Template && agent.Contains(l.To)).Select(l => l.From),
            Is.EquivalentTo(_piece.Select(c => c.Id)));
    }

    [Test]
    public async Task Should_leave_a_piece_its_scores_do_not_flag_apart() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, new ClusterOptions(), Scores(piece: 0.3), _apart));

    [Test]
    public async Task Should_leave_the_piece_apart_without_scores() =>
        AssertApart(await HindsightClusters.BuildAsync(_all, new ClusterOptions(), keep: _apart));

    // A flagged group of six of whom two carry outfit a's template beside the other outfit b's that all six file: most of
    // it points to no core, so it stays apart, the two with it. (Outfit b files without an agent: it has no core.)
    [Test]
    public async Task Should_leave_a_piece_apart_when_fewer_than_half_its_members_point_to_the_core()
    {
        const string b1 = "借款人在外地工厂打工，工厂停产后没有收入，家中老人卧床需要照顾";
        const string b2 = "催收人员多次冒充公检法人员恐吓借款人家属，声称要上门抓人，导致家人精神崩溃";
        var other = SpunOutfit.Members("b", b1, b2, day: 1);
        for (var i = 0; i < 2; i++)
            other[i] = Filing.By($"b-member-{i}").Saying($"{b1}。{b2}。{A1}。{A2}。{StockPhrases.Demands}").OnDay(1 + i * 0.2).Build();
        List<ComplaintFacts> all = [.. _agent, .. other, .. StockPhrases.Bystanders()];
        var scores = all.ToDictionary(c => c.Id, c => _agent.Contains(c) || other.Contains(c) ? 0.95 : 0.01);
        var agent = _agent.Select(c => c.Id).ToHashSet();
        var ids = other.Select(c => c.Id).ToHashSet();
        bool Apart(ClusterLink l) => !(agent.Contains(l.From) && ids.Contains(l.To) || ids.Contains(l.From) && agent.Contains(l.To));

        var clusters = await HindsightClusters.BuildAsync(all, new ClusterOptions(), scores, Apart);

        Assert.That(clusters.ClusterOf(other[2].Id), Is.EquivalentTo(ids));
        Assert.That(clusters.ClusterOf(_agent[0].Id), Is.EquivalentTo(agent));
    }

    private void AssertApart(HindsightClusters clusters)
    {
        Assert.That(clusters.ClusterOf(_agent[0].Id), Is.EquivalentTo(_agent.Select(c => c.Id)));
        // Unflagged, a group that only text holds is not kept either (UnflaggedTextGroups).
        foreach (var member in _piece)
            Assert.That(clusters.ClusterOf(member.Id), Is.Null.Or.EquivalentTo(_piece.Select(c => c.Id)));
    }
}
