using Triage.Signals.Features;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_a_complaint_uses_the_agents_vocabulary
{
    [Test]
    public async Task Should_count_demand_threat_justification_and_agency_terms()
    {
        var complaint = FactsBuilder.Complaint().Channel("regulator")
            .Text("本人因失业属于非恶意逾期,现全权委托代理人处理,要求停息挂账并减免罚息,否则投诉到12378和金融监管总局。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.DemandTerms], Is.GreaterThanOrEqualTo(3));
        Assert.That(signals[SignalNames.ThreatTerms], Is.GreaterThanOrEqualTo(2));
        Assert.That(signals[SignalNames.JustificationTerms], Is.GreaterThanOrEqualTo(2));
        Assert.That(signals[SignalNames.AgencyTerms], Is.GreaterThanOrEqualTo(2));
        Assert.That(signals["channel_regulator"], Is.EqualTo(1));
        Assert.That(signals["channel_app"], Is.EqualTo(0));
        Assert.That(signals[SignalNames.HasRepresentative], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_find_none_in_a_plain_service_complaint()
    {
        var complaint = FactsBuilder.Complaint().Text("APP一直登录不上,客服电话也打不通,麻烦看一下。").Build();

        var signals = await new SignalExtractor(new SignalOptions()).ExtractAsync(complaint, new InMemorySignalContext(new NoTextEvidence()), SignalMode.Online);

        Assert.That(signals[SignalNames.DemandTerms] + signals[SignalNames.ThreatTerms] + signals[SignalNames.JustificationTerms] + signals[SignalNames.AgencyTerms], Is.EqualTo(0));
    }
}
