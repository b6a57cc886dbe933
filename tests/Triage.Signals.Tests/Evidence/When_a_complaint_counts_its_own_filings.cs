using Triage.Signals.Features;
using Triage.Signals.Reasons;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_a_complaint_counts_its_own_filings
{
    [TestCase("这是我第5次投诉你们了，还是没有人处理。", 5)]
    [TestCase("本人已第三次向贵司反映此事，不接受任何方案以外的答复。", 3)]
    [TestCase("我已经投诉了8次，你们一直在拖。", 8)]
    [TestCase("第十二次投诉：要求立即停止催收。", 12)]
    [TestCase("第２次投诉，请尽快回复。", 2)]
    [TestCase("这是我第二十一次来信。", 21)]
    [TestCase("我已经是第100次投诉了！", Escalation.MaxOrdinal)]
    [TestCase("本人杨某，第4次就小瑞钱包的问题提出投诉。", 4)]
    [TestCase("这是第三次向贵司消费者权益保护部反映。", 3)]
    public void Should_read_the_count_it_claims(string text, int expected) =>
        Assert.That(Escalation.ClaimedOrdinal(text), Is.EqualTo(expected));

    [TestCase("第一次投诉，希望尽快处理。")]
    [TestCase("催收员今天第三次打电话到我单位，严重影响工作，我要投诉。")]
    [TestCase("我第2期账单多扣了钱，请退还。")]
    [TestCase("催收员第三次就打到我单位了，我要投诉。")]
    [TestCase("第二次还款时多扣了一笔服务费要求退还并就此投诉")]
    [TestCase("APP一直登录不上,客服电话也打不通,麻烦看一下。")]
    [TestCase("我要投诉12378次日没有回复的问题")]
    public void Should_find_no_escalation_where_the_count_is_not_about_filing(string text) =>
        Assert.That(Escalation.ClaimedOrdinal(text), Is.Zero);

    [Test]
    public async Task Should_put_it_in_the_signals_and_say_it_in_a_reason()
    {
        var complaint = FactsBuilder.Complaint().Text("这是我第7次投诉，你们再不处理我就继续投诉。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);
        var reasons = ReasonWriter.Write(signals, SignalMode.Online, [(ReasonGroups.Escalation, 1.0)], suspect: true, score: 0.9);

        Assert.That(signals[SignalNames.ClaimedFilingOrdinal], Is.EqualTo(7));
        Assert.That(ReasonGroups.Of(SignalNames.ClaimedFilingOrdinal), Is.EqualTo(ReasonGroups.Escalation));
        Assert.That(reasons, Is.EqualTo(new[] { "投诉中自称已是第 7 次投诉" }));
    }

    [Test]
    public async Task Should_count_the_claimed_filings_as_the_persons_when_none_can_be_linked()
    {
        var complaint = FactsBuilder.Complaint().Text("这是我第7次投诉，你们再不处理我就继续投诉。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);
        var reasons = ReasonWriter.Write(signals, SignalMode.Online, [(ReasonGroups.Filings, 2.0)], suspect: true, score: 0.9);

        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(6));
        Assert.That(signals[SignalNames.Filings90d], Is.EqualTo(6));
        Assert.That(signals[SignalNames.Filings7d], Is.Zero, "a claim says nothing about the last seven days");
        Assert.That(reasons, Is.EqualTo(new[] { "投诉中自称已是第 7 次投诉" }), "the count is the claim's, and the reason says so");
    }

    [Test]
    public async Task Should_add_nothing_to_a_first_filing_or_a_plain_text()
    {
        var complaint = FactsBuilder.Complaint().Text("第一次投诉，扣款两次，请退还多扣的钱。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.ClaimedFilingOrdinal], Is.Zero);
        Assert.That(signals[SignalNames.Filings30d] + signals[SignalNames.Filings90d], Is.Zero);
    }
}
