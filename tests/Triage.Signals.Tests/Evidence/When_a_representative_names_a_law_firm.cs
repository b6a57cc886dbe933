using Triage.Signals.Features;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_a_representative_names_a_law_firm
{
    [TestCase("北京市某某律师事务所", true)]
    [TestCase("上海 某某 律师 事务所", true, TestName = "Should_read_a_law_firm_with_spaces_in_its_name")]
    [TestCase("广东某某律师事务所（深圳）分所", true)]
    [TestCase("某某法务咨询有限公司", false)]
    [TestCase("某某法律事务所", false, TestName = "Should_not_take_a_legal_affairs_office_for_a_law_firm")]
    [TestCase("律师团队", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Should_know_a_law_firm_by_its_name(string? organization, bool lawFirm) =>
        Assert.That(LawFirms.Named(organization), Is.EqualTo(lawFirm));

    [Test]
    public async Task Should_mark_a_complaint_whose_representative_names_a_firm()
    {
        var extractor = new SignalExtractor(new SignalOptions());
        var context = new InMemorySignalContext(new NoTextEvidence());
        var firm = FactsBuilder.Complaint().Representative("lawyer", "13900000001", "杭州某某律师事务所").Build();
        var outfit = FactsBuilder.Complaint().Representative("lawyer", "13900000002", "某某法务服务部").Build();
        var none = FactsBuilder.Complaint().Build();

        Assert.That((await extractor.ExtractAsync(firm, context, SignalMode.Online))[SignalNames.RepresentativeLawFirm], Is.EqualTo(1));
        Assert.That((await extractor.ExtractAsync(outfit, context, SignalMode.Online))[SignalNames.RepresentativeLawFirm], Is.EqualTo(0),
            "a representative calling itself a lawyer is not a named firm");
        Assert.That((await extractor.ExtractAsync(none, context, SignalMode.Hindsight))[SignalNames.RepresentativeLawFirm], Is.EqualTo(0));
    }
}
