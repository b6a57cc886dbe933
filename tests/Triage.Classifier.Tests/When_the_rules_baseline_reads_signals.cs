using Triage.Classifier.Evaluation;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests;

public class When_the_rules_baseline_reads_signals
{
    [TestCase(SignalNames.RepresentativePhoneShared30d, 1)]
    [TestCase(SignalNames.DeviceShared30d, 2)]
    [TestCase(SignalNames.Filings30d, 3)]
    [TestCase(SignalNames.NearDuplicates30d, 1)]
    public void Should_flag_on_any_one_rule(string signal, float value)
    {
        var signals = new SignalVector { [signal] = value }.ToArray();

        Assert.That(RulesBaseline.Score(signals), Is.GreaterThanOrEqualTo(RulesBaseline.Threshold));
    }

    [Test]
    public void Should_pass_a_person_filing_a_third_time_with_no_shared_identifier_or_text()
    {
        var signals = new SignalVector { [SignalNames.Filings30d] = 2, [SignalNames.IpShared30d] = 40, [SignalNames.DemandTerms] = 4 }.ToArray();

        Assert.That(RulesBaseline.Score(signals), Is.LessThan(RulesBaseline.Threshold));
    }

    [Test]
    public void Should_rank_more_rules_above_fewer()
    {
        var one = new SignalVector { [SignalNames.NearDuplicates30d] = 30 }.ToArray();
        var two = new SignalVector { [SignalNames.NearDuplicates30d] = 1, [SignalNames.Filings30d] = 3 }.ToArray();

        Assert.That(RulesBaseline.Score(two), Is.GreaterThan(RulesBaseline.Score(one)));
    }
}
