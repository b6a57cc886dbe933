using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_texts_are_near_duplicates
{
    private const string Template =
        "本人{0},身份证号码见附件,因{1}导致非恶意逾期,现全权委托代理人与贵司协商。要求贵司立即停止催收,停息挂账,减免全部罚息和违约金," +
        "本金{2}元分{3}期偿还,并在{4}前修复我的征信记录。如不同意,我将向金融监管总局和12378投诉,并向媒体曝光。";

    private const string DoubleDeduction =
        "我在贵司借款后按时还款,但是这个月被重复扣款两次,银行流水显示两笔相同金额在同一天被划走,客服说要等核实,已经过了一周还没有退回,请尽快退还多扣的款项并说明原因。";

    private static readonly SignalExtractor Extractor = new(new SignalOptions());

    [Test]
    public async Task Should_count_other_complainants_filing_the_same_template()
    {
        string[] names = ["王小明", "李娟", "张伟", "刘芳", "陈磊"];
        string[] reasons = ["失业", "生病住院", "家庭变故", "疫情影响收入", "公司倒闭"];
        var ring = names.Select((name, i) => FactsBuilder.Complaint().At(i * 0.2).Channel("regulator").IdNumber($"ring-{i}")
            .Text(string.Format(Template, name, reasons[i], 10_000 + i * 3_517, 12 + i * 6, $"2026年12月{i + 1}日")).Build()).ToList();
        var (context, _) = await InMemoryEvidence.ContextAsync(ring);

        var signals = await Extractor.ExtractAsync(ring[2], context, SignalMode.Hindsight);

        Assert.That(signals[SignalNames.Fingerprinted], Is.EqualTo(1));
        Assert.That(signals[SignalNames.NearDuplicates30d], Is.EqualTo(4));
        Assert.That(signals[SignalNames.NearDuplicates1d], Is.EqualTo(4));
        Assert.That(signals[SignalNames.MaxTextSimilarity], Is.GreaterThan(0.7));
    }

    [Test]
    public async Task Should_find_no_duplicates_among_people_writing_in_their_own_words_about_one_incident()
    {
        string[] texts =
        [
            "今天早上发现你们APP把我这个月的还款扣了两次,银行卡里就剩这点钱,房租都交不上了,赶紧退给我!",
            "我在11月20号被重复扣款,一次是自动扣的一次是我手动还的,客服说要等七个工作日,太久了,请尽快处理。",
            "你好,我的贷款昨天显示还款失败但钱已经被划走了,今天又扣了一笔,两笔加起来比应还金额多,麻烦核实一下多扣的部分。",
            "系统故障导致重复扣款这种事情你们也不提前通知,我打了三次热线都没人接,希望给个说法。",
        ];
        var people = texts.Select((text, i) => FactsBuilder.Complaint().At(i * 0.1).IdNumber($"incident-{i}").Text(text).Build()).ToList();
        var (context, _) = await InMemoryEvidence.ContextAsync(people);

        var signals = await Extractor.ExtractAsync(people[0], context, SignalMode.Hindsight);

        Assert.That(signals[SignalNames.NearDuplicates30d], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_give_a_short_or_boilerplate_text_no_fingerprint_and_no_neighbours()
    {
        var a = FactsBuilder.Complaint().IdNumber("short-a").Text("请处理。").Build();
        var b = FactsBuilder.Complaint().IdNumber("short-b").Text("请处理。").Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([a, b]);

        var signals = await Extractor.ExtractAsync(a, context, SignalMode.Hindsight);

        Assert.That(signals[SignalNames.Fingerprinted], Is.EqualTo(0));
        Assert.That(signals[SignalNames.NearDuplicates30d], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_count_one_complaint_copied_across_channels_once()
    {
        const string text = "你们的催收人员连续一周每天给我的父母和同事打电话,说我欠钱不还,还威胁要上门,严重影响了我的工作和家庭,请立即停止这种骚扰并给我一个解释。";
        var app = FactsBuilder.Complaint().At(0).Channel("app").IdNumber("copied").Text(text).Build();
        var referral = FactsBuilder.Complaint().At(1).Channel("regulator").IdNumber("copied").Text("【监管转办】" + text).Build();
        var followUp = FactsBuilder.Complaint().At(10).Channel("app").IdNumber("copied")
            .Text("上次投诉催收骚扰的问题到现在还没有人联系我,催收电话还在继续打给我的家人,请问到底有没有在处理?").Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([app, referral, followUp]);

        var signals = await Extractor.ExtractAsync(followUp, context, SignalMode.Online);

        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(1), "the app complaint and its regulator copy are one case");
        Assert.That(signals[SignalNames.Channels30d], Is.EqualTo(2));
    }

    // A copy forwarded days later under a preface of its own, and one cut short by a channel, are the same case; a second
    // complaint written afresh through another channel is not.
    [Test]
    public async Task Should_count_a_forwarded_or_shortened_copy_days_later_once()
    {
        var app = FactsBuilder.Complaint().At(0).Channel("app").IdNumber("forwarded").Text(DoubleDeduction).Build();
        var forwarded = FactsBuilder.Complaint().At(5).Channel("regulator").IdNumber("forwarded")
            .Text("以下内容已于前几天向贵司反映,至今未获答复,现通过本渠道再次提交:" + DoubleDeduction).Build();
        var shortened = FactsBuilder.Complaint().At(6).Channel("social").IdNumber("forwarded").Text(DoubleDeduction[..60] + "……").Build();
        var fresh = FactsBuilder.Complaint().At(6.5).Channel("hotline").IdNumber("forwarded")
            .Text("客户来电称上次反映的重复扣款至今没有退回,客服每次都说在核实,要求公司明确给出退款时间,否则将向人民银行反映。").Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([app, forwarded, shortened, fresh]);

        var overlap = await context.OverlapAsync(forwarded.Id, app.Id, CancellationToken.None);
        var signals = await Extractor.ExtractAsync(fresh, context, SignalMode.Hindsight);

        Assert.That(overlap.Similarity, Is.LessThan(0.8), "by Jaccard alone the forwarded copy would be a filing of its own");
        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(1), "the app complaint, its forwarded copy and its shortened copy are one case");
        Assert.That(signals[SignalNames.Channels30d], Is.EqualTo(4));
    }

    // Nine days later the same text is no copy (the copy window is seven days); it is the same case told again, and counts
    // once only while SignalOptions.SameCaseContainment is on.
    [Test]
    public async Task Should_count_the_same_text_filed_after_the_copy_window_once_only_as_the_same_case_told_again()
    {
        var app = FactsBuilder.Complaint().At(0).Channel("app").IdNumber("late").Text(DoubleDeduction).Build();
        var late = FactsBuilder.Complaint().At(9).Channel("regulator").IdNumber("late").Text(DoubleDeduction).Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([app, late]);

        var copiesOnly = await new SignalExtractor(new SignalOptions { SameCaseContainment = null }).ExtractAsync(late, context, SignalMode.Hindsight);
        var signals = await Extractor.ExtractAsync(late, context, SignalMode.Hindsight);

        Assert.That(new SignalOptions().CopyWindow, Is.EqualTo(TimeSpan.FromDays(7)));
        Assert.That(copiesOnly[SignalNames.Filings30d], Is.EqualTo(1), "nine days later the same text is filed again, not copied");
        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(0), "the same case told again is one case");
    }

    // An honest follow-up restates its unsolved problem in the same words, through the same channel, two weeks later: one
    // case. A professional repeat complainant's next filing is written afresh with a new grievance: a case of its own.
    [Test]
    public async Task Should_count_a_follow_up_that_restates_its_case_once_and_a_fresh_grievance_apart()
    {
        var first = FactsBuilder.Complaint().At(0).Channel("app").IdNumber("follows-up").Text(DoubleDeduction).Build();
        var followUp = FactsBuilder.Complaint().At(14).Channel("app").IdNumber("follows-up")
            .Text("上次投诉的问题到现在还没有解决。" + DoubleDeduction[..50] + "到今天已经两周了,请给个明确的处理时间。").Build();
        var fresh = FactsBuilder.Complaint().At(20).Channel("hotline").IdNumber("follows-up")
            .Text("客户来电称贵司催收人员给其单位领导打电话,透露其借款信息,导致其在单位抬不起头,要求公司停止骚扰并书面道歉。").Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([first, followUp, fresh]);

        var overlap = await context.OverlapAsync(first.Id, followUp.Id, CancellationToken.None);
        var freshOverlap = await context.OverlapAsync(first.Id, fresh.Id, CancellationToken.None);
        var signals = await Extractor.ExtractAsync(fresh, context, SignalMode.Hindsight);
        var copiesOnly = await new SignalExtractor(new SignalOptions { SameCaseContainment = null }).ExtractAsync(fresh, context, SignalMode.Hindsight);

        Assert.That(overlap.Containment, Is.GreaterThanOrEqualTo(SignalOptions.SameCaseDefault));
        Assert.That(freshOverlap.Containment, Is.LessThan(SignalOptions.SameCaseDefault));
        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(1), "the first complaint and its follow-up are one case, the fresh grievance another");
        Assert.That(copiesOnly[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(signals[SignalNames.Channels30d], Is.EqualTo(2), "channels are the person's, whichever case they carry");
    }
}
