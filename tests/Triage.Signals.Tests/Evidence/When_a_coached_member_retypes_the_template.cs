using Triage.Corpus.Synthetic;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Signals.Text;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

// An outfit files one template for four people; a fifth, coached, retypes it in her own words and keeps two of its
// sentences. Too little of her text is the template's for a near-duplicate, but the sentences she kept are the outfit's
// own: nobody else in the corpus writes them. In hindsight she shares rare content with the four; three honest people
// who each describe one incident in the same words share rare content too, but none of their texts is anybody's
// near-duplicate, so they count nothing.
public class When_a_coached_member_retypes_the_template
{
    internal const string Template =
        "本人在贵司借款后因为家里出了变故一直没能按时还款，现在催收人员每天打电话到我单位，领导已经找我谈话。我要求贵司立即停息挂账，" +
        "减免全部罚息和违约金，给我做十二期的个性化分期。如果三天内不给答复就去金融监管总局和人民银行投诉。另外请贵司把我在征信上的逾期记录全部删除。";

    internal const string Retyped =
        "我是去年在你们平台借的钱，后来工作丢了，手头一直很紧，几个月都没还上。现在催收人员每天打电话到我单位，领导已经找我谈话。" +
        "我想请你们把利息先停下来，罚息也免掉吧，我会慢慢还本金。如果三天内不给答复就去金融监管总局和人民银行投诉。";

    private const string Incident = "今天上午十点左右打开App显示还款失败，但是银行卡里的钱却被扣了两次，客服电话一直打不通。";

    private static readonly string[] OwnWords =
    [
        "我是一名公交司机，平时只用这张卡还贷款，上个月刚换了新卡，绑定的时候客服说不会有问题。现在两笔钱都没退回来，孩子下周的学费也要从这张卡里出，请尽快核实处理，把多扣的那一笔退给我。",
        "我在外地出差，晚上回到酒店才看到银行发来的两条扣款短信，金额一模一样。我已经截图保存了记录，也在App里提交了工单，但到现在没有任何人联系我，希望你们给一个明确的处理时间。",
        "这张卡是我的工资卡，扣完以后这个月的房租都交不上了，房东已经在催。我不是不还钱，是你们系统出了问题，多扣的钱必须马上退回，另外请说明为什么页面显示失败却实际扣款成功。",
    ];

    private static async Task<(HindsightCorpus Corpus, List<ComplaintFacts> Ring, ComplaintFacts Coached, List<ComplaintFacts> Incident)> CorpusAsync(
        Func<FactsBuilder, FactsBuilder>? coached = null, double ringDay = 0, string coachedName = "郑秀芬")
    {
        var (all, ring, member, incident) = Complaints(coached, ringDay, coachedName);
        var corpus = new HindsightCorpus(new SignalOptions());
        await corpus.AddAllAsync(all);
        return (corpus, ring, member, incident);
    }

    private static (List<ComplaintFacts> All, List<ComplaintFacts> Ring, ComplaintFacts Coached, List<ComplaintFacts> Incident) Complaints(
        Func<FactsBuilder, FactsBuilder>? coached = null, double ringDay = 0, string coachedName = "郑秀芬")
    {
        var background = new SyntheticCorpus(41).Generate(150, ringShare: 0)
            .Select((c, i) => FactsBuilder.Complaint().At(i % 20).Text(c.Text).IdNumber(c.Owner).Build()).ToList();
        var ring = Enumerable.Range(0, 4)
            .Select(i => FactsBuilder.Complaint().At(ringDay + i * 0.1).Channel("regulator").Text(Template).Phone($"ring-{i}").Name($"成员{i}").Build())
            .ToList();
        var member = (coached ?? (b => b))(FactsBuilder.Complaint().At(1).Channel("regulator").Text(Retyped).Phone("coached").Name(coachedName)).Build();
        var incident = OwnWords.Select((own, i) => FactsBuilder.Complaint().At(2 + i * 0.01).Text(Incident + own).Phone($"honest-{i}").Build()).ToList();
        return ([.. background, .. ring, member, .. incident], ring, member, incident);
    }

    [Test]
    public async Task Should_count_the_template_filers_whose_rare_sentences_she_kept()
    {
        var (corpus, ring, coached, _) = await CorpusAsync();
        using var _ = corpus;

        var signals = await corpus.SignalsAsync(coached);

        Assert.That(signals[SignalNames.NearDuplicates30d], Is.EqualTo(0), "the retyping is not a near-duplicate");
        Assert.That(signals[SignalNames.RareContentSharers30d], Is.EqualTo(ring.Count));
        Assert.That(signals[SignalNames.TemplateWithDemands30d], Is.EqualTo(ring.Count), "she demands a waiver");
    }

    [Test]
    public async Task Should_count_nothing_among_people_who_describe_one_incident_in_the_same_words()
    {
        var (all, _, _, incident) = Complaints();
        using var corpus = new HindsightCorpus(new SignalOptions());
        await corpus.AddAllAsync(all);
        var anyText = AnyText(all);

        var signals = await Task.WhenAll(incident.Select(c => corpus.SignalsAsync(c)));

        Assert.That(incident.Select(c => anyText.Sharers(c.Id, c.ReceivedAt.AddDays(-30), c.ReceivedAt.AddDays(30), new SignalOptions().RareContentShared!.Value)), Is.All.EqualTo(2),
            "they do share rare content");
        Assert.That(signals.Select(s => s[SignalNames.NearDuplicates30d]), Is.All.EqualTo(0), "their texts are not near-duplicates");
        Assert.That(signals.Select(s => s[SignalNames.RareContentSharers30d]), Is.All.EqualTo(0));
    }

    [Test]
    public async Task Should_leave_a_represented_complaint_to_its_representative()
    {
        var (corpus, _, coached, _) = await CorpusAsync(b => b.Representative("lawyer", "13900001111", "某律师事务所"));
        using var _ = corpus;

        var signals = await corpus.SignalsAsync(coached);

        Assert.That(signals[SignalNames.RareContentSharers30d], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_not_count_a_filer_under_her_own_name()
    {
        var (corpus, ring, coached, _) = await CorpusAsync(coachedName: "成员0");
        using var _ = corpus;

        var signals = await corpus.SignalsAsync(coached);

        Assert.That(signals[SignalNames.RareContentSharers30d], Is.EqualTo(ring.Count - 1));
    }

    [Test]
    public async Task Should_count_only_filings_within_thirty_days()
    {
        var (corpus, _, coached, _) = await CorpusAsync(ringDay: 40);
        using var _ = corpus;

        var signals = await corpus.SignalsAsync(coached);

        Assert.That(signals[SignalNames.RareContentSharers30d], Is.EqualTo(0));
    }

    // The same corpus and rarities read online: what a complaint shares is known only once the corpus is whole.
    [Test]
    public async Task Should_be_unknown_online()
    {
        var (all, ring, coached, _) = Complaints();
        var (context, _) = await InMemoryEvidence.ContextAsync(all, rarities: true);
        var extractor = new SignalExtractor(new SignalOptions());

        var online = await extractor.ExtractAsync(coached, context, SignalMode.Online);
        var hindsight = await extractor.ExtractAsync(coached, context, SignalMode.Hindsight);

        Assert.That(online[SignalNames.RareContentSharers30d], Is.EqualTo(0));
        Assert.That(hindsight[SignalNames.RareContentSharers30d], Is.EqualTo(ring.Count));
    }

    // Rarities over these complaints without the near-duplicate test of the sharers' texts: what they share, whatever it is.
    private static ShingleRarity AnyText(IEnumerable<ComplaintFacts> complaints)
    {
        var rarity = new ShingleRarity();
        foreach (var complaint in complaints)
            if (TextFingerprinter.Default.Fingerprint(complaint.Text) is { } fingerprint)
                rarity.Add(complaint, fingerprint.Skeleton);
        return rarity;
    }
}
