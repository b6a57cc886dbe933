using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Tests.Signals;

public class When_reasons_are_written
{
    [Test]
    public void Should_put_the_strongest_signal_first_and_name_counts_not_values()
    {
        var signals = new SignalVector
        {
            [SignalNames.NearDuplicates30d] = 17,
            [SignalNames.RepresentativePhoneShared30d] = 23,
            [SignalNames.Filings30d] = 5,
        };

        var reasons = ReasonWriter.Write(signals, SignalMode.Hindsight);

        Assert.That(reasons, Has.Count.EqualTo(3));
        Assert.That(reasons[0], Is.EqualTo("the representative's phone is shared by 23 other complainants within 30 days"));
        Assert.That(reasons, Does.Contain("the text matches 17 complaints from other people within 30 days"));
        Assert.That(reasons, Does.Contain("6th complaint by this person within 30 days"));
    }

    [Test]
    public void Should_give_no_reason_for_a_plain_complaint()
    {
        var signals = new SignalVector { [SignalNames.DemandTerms] = 1, [SignalNames.ThreatTerms] = 1 };

        Assert.That(ReasonWriter.Write(signals, SignalMode.Online), Is.Empty);
    }

    [TestCase(2, "3rd")]
    [TestCase(10, "11th")]
    [TestCase(11, "12th")]
    [TestCase(20, "21st")]
    [TestCase(21, "22nd")]
    public void Should_count_filings_in_words_people_read(int others, string ordinal)
    {
        var signals = new SignalVector { [SignalNames.Filings30d] = others };

        var reasons = ReasonWriter.Write(signals, SignalMode.Online);

        Assert.That(reasons[0], Is.EqualTo($"{ordinal} complaint by this person in the last 30 days"));
    }
}
