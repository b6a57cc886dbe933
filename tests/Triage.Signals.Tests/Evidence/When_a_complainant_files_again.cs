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
