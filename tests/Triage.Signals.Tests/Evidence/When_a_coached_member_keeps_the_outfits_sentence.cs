using Triage.Corpus.Synthetic;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

// An outfit files one template for six people through its own phone; a seventh, coached, files alone in her own words
// and keeps one sentence of it. One sentence is too little for the rare-content count, which asks more of what strangers
// share, but the people she shares it with stand behind one outfit's phone: rare_content_outfit_sharers_30d counts
// them. The same letters filed by six people each through their own phone are no outfit's, and she shares nothing
// with an outfit then.
public class When_a_coached_member_keeps_the_outfits_sentence
{
    private const string Template =
        "本人在贵司借款后因为家里出了变故一直没能按时还款，现在催收人员每天打电话到我单位，领导已经找我谈话。我要求贵司立即停息挂账，" +
        "减免全部罚息和违约金，给我做十二期的个性化分期。如果三天内不给答复就去金融监管总局和人民银行投诉。另外请贵司把我在征信上的逾期记录全部删除。";

    // Her own words, and the outfit's threat sentence kept whole.
    private const string Coached =
        "我去年在你们平台借了两万块，后来厂里停工了，工资发不出来，这几个月实在还不上。我不是不想还，只是想请你们先把利息停下来，" +
        "让我慢慢把本金还清。如果三天内不给答复就去金融监管总局和人民银行投诉。";

    private const int Members = 6;

    private static List<ComplaintFacts> Outfit(Func<int, FactsBuilder, FactsBuilder> filedThrough) =>
        Enumerable.Range(0, Members)
            .Select(i => filedThrough(i, FactsBuilder.Complaint().At(i * 0.1).Channel("regulator").Text(Template).Phone($"member-{i}").Name($"成员{i}")).Build())
            .ToList();

    private static FactsBuilder ThroughTheOutfit(int _, FactsBuilder member) => member.Representative("agent", "13711112222", "安心法务咨询有限公司");

    private static async Task<SignalVector> SignalsAsync(List<ComplaintFacts> outfit, SignalMode mode = SignalMode.Hindsight)
    {
        var background = new SyntheticCorpus(43).Generate(150, ringShare: 0)
            .Select((c, i) => FactsBuilder.Complaint().At(i % 20).Text(c.Text).IdNumber(c.Owner).Build()).ToList();
        var coached = FactsBuilder.Complaint().At(1).Channel("regulator").Text(Coached).Phone("coached").Name("郑秀芬").Build();
        List<ComplaintFacts> all = [.. background, .. outfit, coached];
        if (mode == SignalMode.Online)
        {
            var (context, _) = await InMemoryEvidence.ContextAsync(all, rarities: true);
            return await new SignalExtractor(new SignalOptions()).ExtractAsync(coached, context, SignalMode.Online);
        }
        using var corpus = new HindsightCorpus(new SignalOptions());
        await corpus.AddAllAsync(all);
        var signals = await corpus.SignalsAsync(coached);
        Assert.That(signals[SignalNames.NearDuplicates30d], Is.EqualTo(0), "one sentence kept is no near-duplicate");
        return signals;
    }

    private static async Task<float> OutfitSharersAsync(List<ComplaintFacts> outfit, SignalMode mode = SignalMode.Hindsight) =>
        (await SignalsAsync(outfit, mode))[SignalNames.RareContentOutfitSharers30d];

    [Test]
    public async Task Should_count_the_outfits_filings_she_shares_a_sentence_with()
    {
        var signals = await SignalsAsync(Outfit(ThroughTheOutfit));

        Assert.That(signals[SignalNames.RareContentOutfitSharers30d], Is.EqualTo(Members));
        Assert.That(signals[SignalNames.RareContentSharers30d], Is.EqualTo(0), "one sentence is too little to count strangers");
    }

    // Each member filed twice: people are counted, not their filings.
    [Test]
    public async Task Should_count_each_person_once_however_often_they_filed()
    {
        var again = Enumerable.Range(0, Members).Select(i => ThroughTheOutfit(i,
            FactsBuilder.Complaint().At(2 + i * 0.1).Channel("app").Text(Template).Phone($"member-{i}").Name($"成员{i}")).Build());

        Assert.That(await OutfitSharersAsync([.. Outfit(ThroughTheOutfit), .. again]), Is.EqualTo(Members));
    }

    [Test]
    public async Task Should_count_none_where_no_one_stands_behind_a_shared_identifier()
    {
        Assert.That(await OutfitSharersAsync(Outfit((_, member) => member)), Is.EqualTo(0));
    }

    [Test]
    public async Task Should_count_none_where_fewer_than_five_others_stand_behind_it()
    {
        var outfit = Outfit((i, member) => i < new SignalOptions().OutfitPeople ? ThroughTheOutfit(i, member) : member);

        Assert.That(await OutfitSharersAsync(outfit), Is.EqualTo(0), "five share the phone: four others behind each");
    }

    [Test]
    public async Task Should_count_none_behind_a_named_law_firm()
    {
        Assert.That(await OutfitSharersAsync(Outfit((_, member) => member.Representative("lawyer", "13711112222", "广东衡平律师事务所"))), Is.EqualTo(0));
    }

    [Test]
    public async Task Should_be_unknown_online()
    {
        Assert.That(await OutfitSharersAsync(Outfit(ThroughTheOutfit), SignalMode.Online), Is.EqualTo(0));
    }
}
