using Triage.Signals.Features;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_a_complaint_uses_the_agents_vocabulary
{
    [Test]
    public async Task Should_count_the_kinds_of_demand_threat_justification_and_agency_it_names()
    {
        var complaint = FactsBuilder.Complaint().Channel("regulator")
            .Text("本人因失业属于非恶意逾期,现全权委托代理人处理,要求停息挂账并减免罚息、修复征信,否则投诉到12378和金融监管总局,并向媒体曝光。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.DemandTerms], Is.EqualTo(3), "freeze the interest, waive penalties, clean the credit record");
        Assert.That(signals[SignalNames.ThreatTerms], Is.EqualTo(2), "the regulator (two of them) and the media");
        Assert.That(signals[SignalNames.JustificationTerms], Is.EqualTo(2), "income lost, not wilful");
        Assert.That(signals[SignalNames.AgencyTerms], Is.EqualTo(2), "a mandate and a representative");
        Assert.That(signals["channel_regulator"], Is.EqualTo(1));
        Assert.That(signals["channel_app"], Is.EqualTo(0));
        Assert.That(signals[SignalNames.HasRepresentative], Is.EqualTo(0));
    }

    // A phrase inside a longer one is not a second kind: "提起诉讼" holds 起诉 and 诉讼, "停息挂账" holds 停息 and 挂账,
    // "非恶意逾期" holds 恶意逾期, "金融监管总局" holds 监管总局.
    [TestCase("如逾期未回复，本律师将依法提起诉讼。", 0, 1, 0)]
    [TestCase("要求停息挂账。", 1, 0, 0)]
    [TestCase("我属于非恶意逾期。", 0, 0, 1)]
    [TestCase("我会向金融监管总局反映。", 0, 1, 0)]
    public void Should_count_a_phrase_within_another_once(string text, int demands, int threats, int justifications)
    {
        Assert.That(Lexicons.CountIn(Lexicons.Demands, text), Is.EqualTo(demands));
        Assert.That(Lexicons.CountIn(Lexicons.Threats, text), Is.EqualTo(threats));
        Assert.That(Lexicons.CountIn(Lexicons.Justifications, text), Is.EqualTo(justifications));
    }

    // A non-negotiable demand (domain.md's repeat complainant): no offer whatever, or until they give in; each kind once.
    // Rejecting one offer, or complaining all along, is what honest people following up write too.
    [TestCase("你们给的方案本人不接受任何一条，不达目的绝不罢休！", 2)]
    [TestCase("我拒绝任何分期方案，只要全额退还。", 1)]
    [TestCase("这件事我一定投诉到底。", 1)]
    [TestCase("你们上次给的方案我不接受，请重新核实。", 0)]
    [TestCase("我一直投诉无果，问题到现在都没解决。", 0)]
    public async Task Should_count_the_kinds_of_refusal_of_every_offer(string text, int refusals)
    {
        var complaint = FactsBuilder.Complaint().Text(text).Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.RefusalTerms], Is.EqualTo(refusals));
        Assert.That(Lexicons.CountIn(Lexicons.Refusals, text), Is.EqualTo(refusals));
    }

    [Test]
    public async Task Should_find_none_in_a_plain_service_complaint()
    {
        var complaint = FactsBuilder.Complaint().Text("APP一直登录不上,客服电话也打不通,麻烦看一下。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.DemandTerms] + signals[SignalNames.ThreatTerms] + signals[SignalNames.JustificationTerms] + signals[SignalNames.AgencyTerms]
            + signals[SignalNames.RefusalTerms], Is.EqualTo(0));
    }
}
