using Triage.Signals;
using Triage.Signals.Features;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

public class When_a_complainant_files_again
{
    private static readonly SignalExtractor Extractor = new(new SignalOptions());

    [Test]
    public async Task Should_count_filings_by_the_same_person_across_channels_and_windows()
    {
        var channels = new[] { "app", "hotline", "regulator", "web", "regulator", "email" };
        var filings = channels.Select((channel, i) =>
            FactsBuilder.Complaint().At(i * 5).Channel(channel).IdNumber("repeat-filer").Phone("13512345678").Build()).ToList();
        var context = Context(filings);

        var last = await Extractor.ExtractAsync(filings[^1], context, SignalMode.Online);

        Assert.That(last[SignalNames.Filings7d], Is.EqualTo(1));
        Assert.That(last[SignalNames.Filings30d], Is.EqualTo(5));
        Assert.That(last[SignalNames.Filings90d], Is.EqualTo(5));
        Assert.That(last[SignalNames.Channels30d], Is.EqualTo(5));
        Assert.That(last[SignalNames.DaysSincePreviousFiling], Is.EqualTo(5).Within(0.001));
    }

    [Test]
    public async Task Should_count_a_relative_filing_with_the_same_phone_as_the_same_complainant()
    {
        var own = FactsBuilder.Complaint().At(0).IdNumber("mother").Phone("13512345678").Build();
        var relative = FactsBuilder.Complaint().At(2).IdNumber("son").Phone("13512345678").Build();

        var signals = await Extractor.ExtractAsync(relative, Context([own, relative]), SignalMode.Online);

        Assert.That(signals[SignalNames.Filings7d], Is.EqualTo(1));
    }

    // One person gives a different subset of their identifiers each time (and a relative files once with the same
    // phone): four complainant keys behind one phone, but three people at most, so the phone still says who files.
    [Test]
    public async Task Should_not_count_a_filing_that_gives_only_the_phone_as_one_more_person_behind_it()
    {
        const string phone = "13512345678";
        var filings = new[]
        {
            FactsBuilder.Complaint().At(0).Channel("app").IdNumber("filer").Phone(phone).Build(),
            FactsBuilder.Complaint().At(3).Channel("hotline").With(IdentifierKind.CustomerId, "C1001").Phone(phone).Build(),
            FactsBuilder.Complaint().At(6).Channel("regulator").IdNumber("filers-son").Phone(phone).Build(),
            FactsBuilder.Complaint().At(9).Channel("hotline").Phone(phone).Build(),
        };
        var context = Context(filings);

        var phoneOnly = await Extractor.ExtractAsync(filings[^1], context, SignalMode.Hindsight);
        var online = await Extractor.ExtractAsync(filings[^1], context, SignalMode.Online);

        Assert.That(phoneOnly[SignalNames.Filings30d], Is.EqualTo(3));
        Assert.That(online[SignalNames.Filings30d], Is.EqualTo(3));
        Assert.That(online[SignalNames.ComplainantPhoneShared30d], Is.EqualTo(2));
    }

    // The same count still sees an agent's phone given as the contact phone of four different borrowers.
    [Test]
    public async Task Should_still_see_four_people_behind_one_phone_as_a_hub_of_people()
    {
        const string phone = "13912345678";
        var filings = Enumerable.Range(0, 4)
            .Select(i => FactsBuilder.Complaint().At(i).IdNumber($"borrower-{i}").Phone(phone).Build())
            .Append(FactsBuilder.Complaint().At(5).Phone(phone).Build())
            .ToList();

        var signals = await Extractor.ExtractAsync(filings[^1], Context(filings), SignalMode.Hindsight);

        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(0));
        Assert.That(signals[SignalNames.ComplainantPhoneShared30d], Is.EqualTo(3));
    }

    // The phone alone finds the filing that gave the phone and the ID number together; that one's ID number finds the
    // filing that gave the ID number alone. One person, three filings, whichever of them is asked about.
    [Test]
    public async Task Should_find_the_persons_filings_through_the_identifiers_their_other_filings_give()
    {
        var both = FactsBuilder.Complaint().At(0).Channel("app").IdNumber("filer").Phone("13512345678").Build();
        var idOnly = FactsBuilder.Complaint().At(2).Channel("regulator").IdNumber("filer").Build();
        var phoneOnly = FactsBuilder.Complaint().At(4).Channel("hotline").Phone("13512345678").Build();
        var stranger = FactsBuilder.Complaint().At(3).Channel("app").IdNumber("someone-else").Build();
        var context = Context([both, idOnly, phoneOnly, stranger]);

        var online = await Extractor.ExtractAsync(phoneOnly, context, SignalMode.Online);
        var hindsight = await Task.WhenAll(new[] { both, idOnly, phoneOnly }.Select(c => Extractor.ExtractAsync(c, context, SignalMode.Hindsight)));

        Assert.That(online[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(online[SignalNames.Channels30d], Is.EqualTo(3));
        Assert.That(hindsight.Select(h => h[SignalNames.Filings30d]), Is.All.EqualTo(2));
    }

    [Test]
    public async Task Should_see_no_earlier_filings_for_a_first_complaint()
    {
        var first = FactsBuilder.Complaint().At(0).IdNumber("newcomer").Build();
        var later = FactsBuilder.Complaint().At(3).IdNumber("newcomer").Build();
        var context = Context([first, later]);

        var online = await Extractor.ExtractAsync(first, context, SignalMode.Online);
        var hindsight = await Extractor.ExtractAsync(first, context, SignalMode.Hindsight);

        Assert.That(online[SignalNames.Filings30d], Is.EqualTo(0));
        Assert.That(online[SignalNames.DaysSincePreviousFiling], Is.EqualTo(90));
        Assert.That(hindsight[SignalNames.Filings30d], Is.EqualTo(1));
    }

    private static InMemorySignalContext Context(IEnumerable<ComplaintFacts> complaints)
    {
        var context = new InMemorySignalContext(new NoTextEvidence());
        foreach (var complaint in complaints)
            context.Add(complaint);
        return context;
    }
}
