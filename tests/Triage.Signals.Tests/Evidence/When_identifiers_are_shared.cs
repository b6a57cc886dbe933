using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_identifiers_are_shared
{
    private static readonly SignalExtractor Extractor = new(new SignalOptions { Hubs = new HubPolicy { MaxDistinctComplainants = 20 } });

    [Test]
    public async Task Should_count_the_other_complainants_behind_an_agent_phone()
    {
        var complaints = Enumerable.Range(0, 5)
            .Select(i => FactsBuilder.Complaint().At(i * 0.5).IdNumber($"person-{i}").Representative("agent", "13900000000", "某某法务咨询有限公司").Build())
            .ToList();
        var context = Context(complaints);

        var first = await Extractor.ExtractAsync(complaints[0], context, SignalMode.Hindsight);
        var last = await Extractor.ExtractAsync(complaints[^1], context, SignalMode.Hindsight);

        Assert.That(first[SignalNames.RepresentativePhoneShared30d], Is.EqualTo(4));
        Assert.That(first[SignalNames.OrganizationShared30d], Is.EqualTo(4));
        Assert.That(first[SignalNames.MaxAgentIdentifierShared30d], Is.EqualTo(4));
        Assert.That(last[SignalNames.HasRepresentative], Is.EqualTo(1));
        Assert.That(last["relation_agent"], Is.EqualTo(1));
    }

    [Test]
    public async Task Should_count_only_earlier_complainants_online()
    {
        var complaints = Enumerable.Range(0, 5)
            .Select(i => FactsBuilder.Complaint().At(i).IdNumber($"person-{i}").Device("dev-shared").Build())
            .ToList();
        var context = new InMemorySignalContext(new NoTextEvidence());
        var online = new List<float>();
        foreach (var complaint in complaints)
        {
            context.Add(complaint);
            online.Add((await Extractor.ExtractAsync(complaint, context, SignalMode.Online))[SignalNames.DeviceShared30d]);
        }

        Assert.That(online, Is.EqualTo(new float[] { 0, 1, 2, 3, 4 }));
    }

    [Test]
    public async Task Should_treat_an_identifier_shared_by_too_many_complainants_as_a_hub_that_links_nobody()
    {
        var complaints = Enumerable.Range(0, 30)
            .Select(i => FactsBuilder.Complaint().At(i * 0.1).IdNumber($"student-{i}").Ip("10.20.30.40").Build())
            .ToList();
        var context = Context(complaints);

        var signals = await Extractor.ExtractAsync(complaints[10], context, SignalMode.Hindsight);

        Assert.That(signals[SignalNames.IpShared30d], Is.EqualTo(0));
        Assert.That(signals[SignalNames.HubIdentifiers], Is.EqualTo(1));
    }

    [Test]
    public async Task Should_let_an_allow_listed_hotline_link_nobody()
    {
        var hotline = FactsBuilder.Hash(IdentifierKind.RepresentativePhone, "400-800-1234");
        var extractor = new SignalExtractor(new SignalOptions { Hubs = new HubPolicy { AllowListedHashes = new HashSet<string> { hotline.Hash } } });
        var complaints = Enumerable.Range(0, 3)
            .Select(i => FactsBuilder.Complaint().At(i).IdNumber($"p-{i}").Representative("other", "4008001234").Build())
            .ToList();

        var signals = await extractor.ExtractAsync(complaints[0], Context(complaints), SignalMode.Hindsight);

        Assert.That(signals[SignalNames.RepresentativePhoneShared30d], Is.EqualTo(0));
        Assert.That(signals[SignalNames.HubIdentifiers], Is.EqualTo(1));
    }

    [Test]
    public async Task Should_not_count_a_shared_identifier_outside_the_window()
    {
        var early = FactsBuilder.Complaint().At(0).IdNumber("a").Device("dev-x").Build();
        var late = FactsBuilder.Complaint().At(45).IdNumber("b").Device("dev-x").Build();

        var signals = await Extractor.ExtractAsync(late, Context([early, late]), SignalMode.Hindsight);

        Assert.That(signals[SignalNames.DeviceShared30d], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_see_an_agent_phone_given_as_the_borrowers_contact_phone()
    {
        var agent = FactsBuilder.Complaint().At(0).IdNumber("agent-client-1").Representative("agent", "13911112222").Build();
        var borrower = FactsBuilder.Complaint().At(1).IdNumber("agent-client-2").Phone("139-1111-2222").Build();

        var signals = await Extractor.ExtractAsync(borrower, Context([agent, borrower]), SignalMode.Hindsight);

        Assert.That(signals[SignalNames.ComplainantPhoneShared30d], Is.EqualTo(1));
    }

    private static InMemorySignalContext Context(IEnumerable<ComplaintFacts> complaints)
    {
        var context = new InMemorySignalContext(new NoTextEvidence());
        foreach (var complaint in complaints)
            context.Add(complaint);
        return context;
    }
}
