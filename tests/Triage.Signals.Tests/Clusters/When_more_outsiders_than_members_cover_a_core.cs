using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Six members of an outfit file its template behind one agent phone. Eight strangers, each telling a long story of their
// own, carry the template's two sentences too, as complaints carry a channel's wrapper or a phrase everyone copies from
// one source. A core that more outsiders cover than its group has members is not that outfit's own writing: nobody
// joins it. Where the scores are known, the outsiders they flag do not count, unless they come as a repeat complainant's
// own filings.
public class When_more_outsiders_than_members_cover_a_core
{
    private const string First = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string Second = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";

    private static readonly string[] Stories =
    [
        "我在县城开小饭馆，今年生意一落千丈，房租都交不上，厨师走了两个，只剩我和老婆两个人撑着",
        "我老公住院半年，孩子还在读初中，全家就靠我一个人在超市理货，每天站十个小时腿都是肿的",
        "去年冬天我在高速上出了车祸，货车报废了，保险公司到现在还没赔，我只能去工地上搬砖",
        "我妈前年查出尿毒症，每周要透析三次，我把老家的房子都卖了，现在租住在医院旁边的地下室",
        "我原来在物流园开叉车，今年三月被辞退以后一直打零工，有活的时候一天一百五，没活就在家等",
        "我在菜市场卖了八年猪肉，年初摊位拆迁，新市场的摊位费翻了三倍，我实在租不起只好回村种地",
        "我是外卖骑手，上个月在雨天摔断了锁骨，平台说不算工伤，医药费花了两万多全是借的",
        "我和前夫离婚后一个人带两个孩子，他一分抚养费都不给，我白天做保洁晚上还要去饭店洗碗",
    ];

    // In a corpus of some sixty people, a sentence fourteen of them wrote weighs about 0.36: rare enough for a core here.
    private static ClusterOptions Options(double maxGrowth = 1) => new() { CoreMinRarity = 0.3f, AttachMaxGrowth = maxGrowth };

    private List<ComplaintFacts> _outfit = null!;
    private List<ComplaintFacts> _strangers = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _outfit = SpunOutfit.Members("a", First, Second, day: 0, agent: "agent-a");
        _strangers = Stories.Select((story, i) => Filing.By($"stranger-{i}").Saying($"{story}。{First}。{Second}。").OnDay(0.5 + i * 0.1).Build()).ToList();
        var others = StockPhrases.Bystanders();
        _all = [.. _outfit, .. _strangers, .. others];
    }

    [Test]
    public async Task Should_let_none_of_them_in()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, Options());

        Assert.That(clusters.ClusterOf(_outfit[0].Id), Is.EquivalentTo(_outfit.Select(c => c.Id)));
    }

    // Allowed to grow past its size, the core takes the strangers in: they do cover it.
    [Test]
    public async Task Should_have_let_them_in_without_the_limit()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, Options(maxGrowth: 10));

        Assert.That(clusters.ClusterOf(_outfit[0].Id)!.Intersect(_strangers.Select(c => c.Id)), Is.Not.Empty);
    }

    // Outsiders the scores flag are not a channel's honest boilerplate but more members than the outfit filed for (a ring
    // that coached more of its members than its agent filed for): they do not count against the limit, and the group
    // grows as it would without one.
    [Test]
    public async Task Should_not_count_the_outsiders_their_scores_flag()
    {
        var scores = _all.ToDictionary(c => c.Id, c => _outfit.Contains(c) || _strangers.Contains(c) ? 0.95 : 0.01);

        var clusters = await HindsightClusters.BuildAsync(_all, Options(), scores);
        var unlimited = await HindsightClusters.BuildAsync(_all, Options(maxGrowth: 10), scores);

        var joined = clusters.ClusterOf(_outfit[0].Id)!.Intersect(_strangers.Select(c => c.Id)).ToList();
        Assert.That(joined, Is.Not.Empty);
        Assert.That(clusters.ClusterOf(_outfit[0].Id), Is.EquivalentTo(unlimited.ClusterOf(_outfit[0].Id)!));
    }

    // A repeat complainant's own filings (three of them, each with the template's sentences) count however their scores
    // flag them: their own behaviour flags them, which says nothing of the template. Eight such people (24 filings) are
    // more than the six members: nobody joins. With PersonMinFilings out of reach they would not count, and join.
    [Test]
    public async Task Should_count_a_repeat_complainants_own_filings_though_flagged()
    {
        var repeat = Stories.SelectMany((story, i) => Enumerable.Range(0, 3).Select(k =>
            Filing.By($"repeat-{i}").Saying($"{story}。{First}。{Second}。").OnDay(0.5 + i * 0.1 + k * 2).Build())).ToList();
        List<ComplaintFacts> all = [.. _outfit, .. repeat, .. StockPhrases.Bystanders()];
        var scores = all.ToDictionary(c => c.Id, c => _outfit.Contains(c) || repeat.Contains(c) ? 0.95 : 0.01);
        var filers = repeat.Select(c => c.Id).ToHashSet();

        var clusters = await HindsightClusters.BuildAsync(all, Options(), scores);
        var uncounted = await HindsightClusters.BuildAsync(all, new ClusterOptions { CoreMinRarity = 0.3f, PersonMinFilings = 4 }, scores);

        Assert.That(clusters.Partition.Attached.Where(l => filers.Contains(l.From)), Is.Empty);
        Assert.That(clusters.ClusterOf(_outfit[0].Id), Is.EquivalentTo(_outfit.Select(c => c.Id)));
        Assert.That(uncounted.Partition.Attached.Where(l => filers.Contains(l.From)), Is.Not.Empty);
    }
}
