using Triage.Signals.Features;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

// agent_identifier_people_30d: the most other people behind one of the complaint's agent identifiers (the representative's
// phone, the organisation, the device, the e-mail). An IP address (a carrier's NAT) and the complainant's own phone (a
// relative's, a branch landline) are not an outfit's, and a named law firm's clients share the firm as honest clients do.
public class When_an_outfit_files_behind_one_identifier
{
    private const int People = 6;

    private static async Task<SignalVector[]> SignalsAsync(Func<FactsBuilder, int, FactsBuilder> shared)
    {
        var complaints = Enumerable.Range(0, People)
            .Select(i => shared(FactsBuilder.Complaint().At(i * 0.5).Channel("regulator").IdNumber($"person-{i}")
                .Text($"第{i}位客户：本人因失业无力还款，请求停息挂账、减免罚息，协商个性化分期，金额{1000 + 37 * i}元。"), i).Build())
            .ToList();
        var (context, _) = await InMemoryEvidence.ContextAsync(complaints);
        var extractor = new SignalExtractor(new SignalOptions());
        return await Task.WhenAll(complaints.Select(c => extractor.ExtractAsync(c, context, SignalMode.Hindsight)));
    }

    [Test]
    public async Task Should_count_the_other_people_behind_one_agents_phone()
    {
        var signals = await SignalsAsync((b, _) => b.Representative("agent", "13900001111"));

        Assert.That(signals.Select(s => s[SignalNames.RepresentativePhoneShared30d]), Is.All.EqualTo(People - 1));
        Assert.That(signals.Select(s => s[SignalNames.AgentPeople30d]), Is.All.EqualTo(People - 1));
    }

    [Test]
    public async Task Should_take_the_largest_of_the_agents_identifiers()
    {
        // All six on one device, the first four also behind one organisation.
        var signals = await SignalsAsync((b, i) => (i < 4 ? b.Representative("agent", organization: "鑫诚债务咨询工作室") : b).Device("dev-shared"));

        Assert.That(signals[0][SignalNames.OrganizationShared30d], Is.EqualTo(3));
        Assert.That(signals.Select(s => s[SignalNames.AgentPeople30d]), Is.All.EqualTo(People - 1), "the device counts five others for each");
    }

    [Test]
    public async Task Should_count_no_one_behind_a_shared_ip_address_or_complainant_phone()
    {
        var signals = await SignalsAsync((b, _) => b.Ip("10.0.0.1").Phone("0663-5852693"));

        Assert.That(signals.Select(s => s[SignalNames.IpShared30d]), Is.All.EqualTo(People - 1), "the address is shared");
        Assert.That(signals.Select(s => s[SignalNames.AgentPeople30d]), Is.All.EqualTo(0));
    }

    [Test]
    public async Task Should_count_no_one_for_a_named_law_firms_clients()
    {
        var signals = await SignalsAsync((b, _) => b.Representative("lawyer", "13900002222", "杭州某某律师事务所"));

        Assert.That(signals.Select(s => s[SignalNames.RepresentativePhoneShared30d]), Is.All.EqualTo(People - 1), "the firm's phone is shared");
        Assert.That(signals.Select(s => s[SignalNames.AgentPeople30d]), Is.All.EqualTo(0));
    }
}
