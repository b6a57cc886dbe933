using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// A thread of fifteen replies by three prolific people in turn, as a mailing list would hold it: each reply quotes the
// last three paragraphs before it and adds one of its own, so each is alike to the one before and the one after
// only. Chained member to member, and through each person's own posts, it was one cluster.
public class When_replies_quote_each_other_and_a_few_people_post_most
{
    private static readonly string[] Paragraphs =
    [
        "周一下午在营业厅排了两个小时的队才办完手续",
        "柜台工作人员说系统故障需要第二天再来一趟",
        "第二天去了又说材料复印件不清楚要重新打印",
        "打印店离营业厅很远来回坐公交花了一个多小时",
        "回来以后窗口已经下班只能改天请假再去办理",
        "单位领导对我三番五次请假已经很有意见了",
        "第三次去终于办好了但是短信通知一直没有收到",
        "打电话问客服说后台显示还在审核中请耐心等待",
        "等了一周审核通过了可是额度和当初说的不一样",
        "业务员当时口头承诺的利率现在也不认账了",
        "我翻出当时的聊天记录截图发给了客服经理",
        "经理回复说业务员已经离职无法核实当时说法",
        "我觉得公司应该为员工的承诺负责而不是推卸",
        "如果这个问题还解决不了我只能换一家机构了",
        "希望你们认真对待老客户的意见改进服务流程",
        "最后说一句办事效率真的需要好好提高一下了",
        "上面这些情况我都有记录可以随时提供给你们",
        "请尽快给我一个明确的答复和具体的处理时间",
    ];

    private List<ComplaintFacts> _thread = null!;
    private HindsightClusters _clusters = null!;

    [OneTimeSetUp]
    public async Task Post()
    {
        _thread = Enumerable.Range(0, Paragraphs.Length - 3)
            .Select(i => Filing.By($"sender-{i % 3}").Saying(string.Join("。", Paragraphs[i..(i + 4)]) + "。").OnDay(i * 0.3).Build())
            .ToList();
        var others = StockPhrases.HonestWaivers.Concat(OwnTexts.All).Select((text, i) => Filing.By($"honest-{i}").Saying(text).OnDay(i % 5).Build());
        _clusters = await HindsightClusters.BuildAsync([.. _thread, .. others]);
    }

    [Test]
    public void Should_link_each_reply_by_template_to_the_replies_next_to_it()
    {
        var templates = _clusters.Links.Where(l => l.Kind == ClusterLinkKind.Template).Select(l => (_thread.FindIndex(c => c.Id == l.From), _thread.FindIndex(c => c.Id == l.To)));

        Assert.That(templates.Select(p => Math.Abs(p.Item1 - p.Item2)), Is.All.EqualTo(1));
        Assert.That(templates.Count(), Is.EqualTo(2 * (_thread.Count - 1)));
    }

    // A cluster holds two neighbouring replies, and at most a post of one of their senders besides.
    [Test]
    public void Should_not_grow_a_cluster_along_the_chain() =>
        Assert.That(_clusters.Partition.Clusters.Select(c => c.Count), Is.All.InRange(2, 3));

    [Test]
    public void Should_not_join_other_peoples_replies_through_one_senders_posts() =>
        Assert.That(_clusters.Partition.Clusters.Select(c => c.Select(id => _thread.FindIndex(t => t.Id == id) % 3).Distinct().Count()),
            Is.All.EqualTo(2));

    [Test]
    public void Should_keep_every_member_linked_to_its_clusters_core() => Assert.That(_clusters.MembersOutsideTheCore(), Is.Empty);
}
