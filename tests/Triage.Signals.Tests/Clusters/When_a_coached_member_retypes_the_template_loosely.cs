using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Two outfits file behind their own agent phones, each from a template of its own sentences plus the stock demands,
// hardship and threats every outfit copies. Two coached members of outfit a file on their own, with no agent phone: they
// keep the outfit's sentences but drop the stock text and tell their own hardship, so no member's text is near enough
// to theirs for a template link (they link to each other, a pair apart). Around them, honest people write in their own words, some quoting the stock phrases,
// one quoting a sentence of outfit a inside a long story of her own, and one text holds a sentence of each outfit.
public class When_a_coached_member_retypes_the_template_loosely
{
    private const string A1 = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string A2 = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";
    private const string B1 = "借款人在外地工厂打工，工厂停产后没有收入，家中老人卧床需要照顾";
    private const string B2 = "催收人员多次冒充公检法人员恐吓借款人家属，声称要上门抓人，导致家人精神崩溃";

    private List<ComplaintFacts> _a = null!;
    private List<ComplaintFacts> _b = null!;
    private List<ComplaintFacts> _coached = null!;
    private ComplaintFacts _quoting = null!;
    private ComplaintFacts _both = null!;
    private HindsightClusters _clusters = null!;

    [OneTimeSetUp]
    public async Task File()
    {
        _a = SpunOutfit.Members("a", A1, A2, day: 0, agent: "agent-a");
        _b = SpunOutfit.Members("b", B1, B2, day: 1, agent: "agent-b");
        _coached =
        [
            Filing.By("coached-1").Saying($"我在县城开小饭馆，今年生意一落千丈，房租都交不上。{A1}。{A2}。").OnDay(0.5).Build(),
            Filing.By("coached-2").Saying($"{A2}。我老公住院半年，孩子还在读初中，全家就靠我一个人打零工。{A1}。").OnDay(1.5).Build(),
        ];
        _quoting = Filing.By("quoting").Saying(
            "我去年在你们平台借了八千块装修房子，合同签的时候业务员说只有利息，结果每个月账单里多了一项会员费，我打了七八次客服电话，" +
            $"每次都说会反馈，到现在两个月了也没人回复，我把聊天记录都截图保存了。{A1}。我只想把多收的钱要回来。").OnDay(2).Build();
        _both = Filing.By("both").Saying($"{A1}。{B1}。希望尽快处理。").OnDay(2.5).Build();
        var others = StockPhrases.Bystanders();
        _clusters = await HindsightClusters.BuildAsync([.. _a, .. _b, .. _coached, _quoting, _both, .. others]);
    }

    // They resemble each other (a pair of their own), not any member closely enough.
    [Test]
    public void Should_have_found_no_link_of_their_own_to_the_outfit()
    {
        var coached = _coached.Select(c => c.Id).ToHashSet();
        var outfit = _a.Select(c => c.Id).ToHashSet();

        Assert.That(_clusters.Found.Where(l => (coached.Contains(l.From) && outfit.Contains(l.To)) || (outfit.Contains(l.From) && coached.Contains(l.To))),
            Is.Empty);
    }

    [Test]
    public void Should_put_the_coached_members_in_their_outfits_cluster()
    {
        foreach (var member in _coached)
            Assert.That(_clusters.ClusterOf(member.Id), Is.EquivalentTo(_a.Concat(_coached).Select(c => c.Id)));
    }

    [Test]
    public void Should_explain_each_by_a_template_link_to_a_member_of_the_outfit()
    {
        var outfit = _a.Select(c => c.Id).ToHashSet();

        Assert.That(_clusters.Partition.Attached.Select(l => l.From), Is.EquivalentTo(_coached.Select(c => c.Id)));
        Assert.That(_clusters.Partition.Attached, Has.All.Matches<ClusterLink>(l => l.Kind == ClusterLinkKind.Template && outfit.Contains(l.To)));
    }

    [Test]
    public void Should_leave_out_a_story_of_ones_own_that_quotes_one_sentence_of_the_template() =>
        Assert.That(_clusters.ClusterOf(_quoting.Id), Is.Null);

    [Test]
    public void Should_leave_out_a_text_that_holds_as_much_of_two_outfits() => Assert.That(_clusters.ClusterOf(_both.Id), Is.Null);

    [Test]
    public void Should_keep_the_other_outfit_as_it_was() =>
        Assert.That(_clusters.Partition.Clusters, Has.Some.EquivalentTo(_b.Select(c => c.Id)));

    [Test]
    public void Should_keep_every_member_linked_to_its_clusters_core() => Assert.That(_clusters.MembersOutsideTheCore(), Is.Empty);

    [Test]
    public void Should_attach_nobody_without_the_corpus_texts()
    {
        var partition = new ClusterBuilder(new ClusterOptions()).Build(_clusters.Nodes, _clusters.Found);

        Assert.That(partition.Attached, Is.Empty);
        Assert.That(partition.Clusters.Where(c => _coached.Any(m => c.Contains(m.Id))).SelectMany(c => c), Is.EquivalentTo(_coached.Select(c => c.Id)));
    }
}
