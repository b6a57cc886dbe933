using Triage.Signals.Clusters;
using Triage.Signals.Text;

namespace Triage.Signals.Tests.Clusters;

// Two outfits file in the same week with no identifier in common. Both copied the stock demands, hardship and threats;
// each has sentences of its own, and spins them for every member (synonyms swapped, clauses reordered). Around them, as
// in any week, honest waiver requests and complaints in people's own words, some of which quote a stock demand or
// threat too.
public class When_two_outfits_copy_the_same_stock_demands
{
    private static readonly string[] OutfitA =
    [
        "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额",
        "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查",
    ];

    private static readonly string[] OutfitB =
    [
        "借款人在外地工厂打工，工厂停产后没有收入，家中老人卧床需要照顾",
        "催收人员多次冒充公检法人员恐吓借款人家属，声称要上门抓人，导致家人精神崩溃",
    ];

    private List<ComplaintFacts> _a = null!;
    private List<ComplaintFacts> _b = null!;
    private HindsightClusters _clusters = null!;

    [OneTimeSetUp]
    public async Task File()
    {
        _a = SpunOutfit.Members("a", OutfitA[0], OutfitA[1], day: 0);
        _b = SpunOutfit.Members("b", OutfitB[0], OutfitB[1], day: 1);
        var others = StockPhrases.Bystanders();
        _clusters = await HindsightClusters.BuildAsync([.. _a, .. _b, .. others]);
    }

    [Test]
    public void Should_give_each_outfit_one_cluster_of_its_own()
    {
        Assert.That(_clusters.Partition.Clusters, Has.Some.EquivalentTo(_a.Select(c => c.Id)));
        Assert.That(_clusters.Partition.Clusters, Has.Some.EquivalentTo(_b.Select(c => c.Id)));
    }

    [Test]
    public void Should_link_no_complaint_of_one_outfit_to_the_other_by_template()
    {
        var inA = _a.Select(c => c.Id).ToHashSet();
        var inB = _b.Select(c => c.Id).ToHashSet();

        Assert.That(_clusters.Links.Where(l => (inA.Contains(l.From) && inB.Contains(l.To)) || (inB.Contains(l.From) && inA.Contains(l.To))), Is.Empty);
    }

    [Test]
    public void Should_resemble_each_other_enough_to_have_been_linked_by_their_plain_similarity()
    {
        var plain = NearDuplicateEvaluation.Jaccard(Shingles(_a[0]), Shingles(_b[0]));

        Assert.That(plain, Is.GreaterThanOrEqualTo(new ClusterOptions().TemplateSimilarity));
    }

    [Test]
    public void Should_keep_every_member_linked_to_its_clusters_core() => Assert.That(_clusters.MembersOutsideTheCore(), Is.Empty);

    private static ulong[] Shingles(ComplaintFacts complaint) =>
        NearDuplicateEvaluation.ShingleSet(SkeletonBuilder.Default.Build(complaint.Text).Text, 3);
}
