using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Four professional repeat complainants file five times each within a month, each filing written afresh from one stock of
// grievances (three of five sentences that nobody else writes), each from their own phone, ID and device; one of them
// files two of his five under his wife's and his father's IDs and names, on his own phone. Their filings share enough
// rare text to join them into one group; nothing else ties one of them to another. The group is taken apart into the
// four people (RepeatFilersApart). An outfit that has its members file its template three times each is kept whole: its
// members copy each other. Around them, the honest week of StockPhrases.Bystanders.
public class When_repeat_complainants_write_from_one_stock
{
    private static readonly string[] Grievances =
    [
        "你们的软件在我不知情的情况下读取了我手机里的全部联系人",
        "合同上写的综合年化和借款页面上宣传的完全对不上号",
        "还款日还没到就从我绑定的银行卡里直接划走了一笔钱",
        "我从来没有勾选过什么会员服务却每个月都被扣了费",
        "我的借款资料被你们转给了别的公司现在天天有人打电话推销",
    ];

    // An outfit's own two sentences (SpunOutfit).
    private const string OutfitFirst = "我方委托人已于上月向贵司书面提出协商还款方案并附全部收入证明材料";
    private const string OutfitSecond = "贵司至今未给出任何书面答复且仍在持续拨打委托人单位和亲属电话";

    private List<List<ComplaintFacts>> _filers = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _filers = Enumerable.Range(0, 4).Select(p => Enumerable.Range(0, 5).Select(n =>
        {
            var said = Enumerable.Range(0, 3).Select(k => Grievances[(p + n * 2 + k) % Grievances.Length]);
            var (id, name) = p == 0 && n >= 3 ? n == 3 ? ("filer-0-wife", "妻子") : ("filer-0-father", "父亲") : ($"filer-{p}", $"本人-{p}");
            return Filing.By(id).With(IdentifierKind.ComplainantName, name)
                .With(IdentifierKind.ComplainantPhone, $"1390000000{p}").With(IdentifierKind.Device, $"filer-device-{p}")
                .Saying($"这是我第{n + 1}次投诉。{string.Join("。", said)}。请尽快处理。").OnDay(p + n * 5).Build();
        }).ToList()).ToList();
        _all = [.. _filers.SelectMany(f => f), .. StockPhrases.Bystanders()];
    }

    [Test]
    public async Task Should_give_each_of_them_their_own_filings()
    {
        var clusters = await HindsightClusters.BuildAsync(_all);

        Assert.That(clusters.Partition.TakenApart, Is.EqualTo(1));
        foreach (var filer in _filers)
            Assert.That(clusters.ClusterOf(filer[0].Id), Is.EquivalentTo(filer.Select(c => c.Id)));
    }

    // The control: without the step, the same links join them (more than one person in one group).
    [Test]
    public async Task Should_have_been_one_group_of_several_of_them_without_it()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, new ClusterOptions { PersonMinFilings = int.MaxValue });

        Assert.That(clusters.Partition.TakenApart, Is.Zero);
        var joined = _filers.Count(filer => clusters.Partition.Clusters.Any(c => c.Contains(filer[0].Id) && _filers.Any(other => other != filer && c.Contains(other[0].Id))));
        Assert.That(joined, Is.GreaterThanOrEqualTo(2));
    }

    // The man who files under his wife's and his father's IDs on his own phone is three complainants and one person: his
    // five filings stay together. Were a person at most two complainants, he would be nobody's own filings, and the
    // other three, 15 of the 20, would not hold PeopleHeldShare of the group.
    [Test]
    public async Task Should_count_a_person_filing_under_relatives_ids_on_their_phone_as_one()
    {
        var clusters = await HindsightClusters.BuildAsync(_all);
        var strict = await HindsightClusters.BuildAsync(_all, new ClusterOptions { PersonMaxComplainants = 2 });

        Assert.That(clusters.ClusterOf(_filers[0][0].Id), Is.EquivalentTo(_filers[0].Select(c => c.Id)));
        Assert.That(strict.Partition.TakenApart, Is.Zero);
    }

    // An outfit's six members file its template three times each, a few days apart, each from their own ID and nothing
    // else: six people with three filings each hold the whole group, but they copy each other, so it stays one.
    [Test]
    public async Task Should_keep_an_outfit_whose_members_file_its_template_again_and_again()
    {
        List<ComplaintFacts> outfit = [.. new[] { 0, 4, 8 }.SelectMany(day => Signed(SpunOutfit.Members("refiling", OutfitFirst, OutfitSecond, day)))];
        List<ComplaintFacts> all = [.. outfit, .. StockPhrases.Bystanders()];

        var clusters = await HindsightClusters.BuildAsync(all);
        var apart = await HindsightClusters.BuildAsync(all, new ClusterOptions { CopySimilarity = 1.01 });

        Assert.That(clusters.Partition.TakenApart, Is.Zero);
        Assert.That(clusters.ClusterOf(outfit[0].Id), Is.EquivalentTo(outfit.Select(c => c.Id)));
        Assert.That(apart.Partition.TakenApart, Is.EqualTo(1), "the control: were copies not told apart, the members' own filings would hold it");
    }

    // Filing twice each (an outfit re-files its members once to keep up the pressure) makes nobody a repeat complainant.
    [Test]
    public async Task Should_keep_an_outfit_whose_members_file_twice_even_if_copies_were_not_told_apart()
    {
        List<ComplaintFacts> outfit = [.. new[] { 0, 4 }.SelectMany(day => Signed(SpunOutfit.Members("twice", OutfitFirst, OutfitSecond, day)))];

        var clusters = await HindsightClusters.BuildAsync([.. outfit, .. StockPhrases.Bystanders()], new ClusterOptions { CopySimilarity = 1.01 });

        Assert.That(clusters.Partition.TakenApart, Is.Zero);
        Assert.That(clusters.ClusterOf(outfit[0].Id), Is.EquivalentTo(outfit.Select(c => c.Id)));
    }

    // Every filing signed by a name of its own (an outfit that hands its members' phones, IDs and devices around, so that
    // one linked set holds several people): no set is one person's, whatever else it looks like.
    [Test]
    public async Task Should_keep_the_group_when_no_name_signs_most_of_a_linked_set()
    {
        List<ComplaintFacts> unsigned = [.. _filers.SelectMany(f => f).Select((c, i) => c with
        {
            Identifiers = [.. c.Identifiers.Where(x => x.Kind != IdentifierKind.ComplainantName), Filing.Hash(IdentifierKind.ComplainantName, $"成员-{i}")],
        })];

        var clusters = await HindsightClusters.BuildAsync([.. unsigned, .. StockPhrases.Bystanders()]);

        Assert.That(clusters.Partition.TakenApart, Is.Zero);
        Assert.That(clusters.Partition.Clusters.Any(c => c.Contains(unsigned[0].Id) && c.Contains(unsigned[5].Id)), Is.True);
    }

    // Each member of SpunOutfit's six signs with their own name, in every call.
    private static IEnumerable<ComplaintFacts> Signed(List<ComplaintFacts> members) => members.Select((c, i) => c with
    {
        Identifiers = [.. c.Identifiers, Filing.Hash(IdentifierKind.ComplainantName, $"成员-{i}")],
    });
}
