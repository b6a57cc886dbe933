using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// The default fit (docs/classifier.md, "One template count"): the template is one count, template_sharers_30d, and the
// writing context (length, fingerprint, hubs) is left out; the same rows with every signal fit the separate counts too.
public class When_the_template_is_one_term
{
    private static readonly string[] LeftOut = [.. EvidenceSignals.TemplateCounts, .. EvidenceSignals.WritingContext];

    [Test]
    public void Should_fit_one_template_count_and_no_writing_context_by_default()
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();

        var fitted = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var every = new EvidenceTrainer(new EvidenceOptions { Excluded = new HashSet<string>() }).Fit(signals, text, labels);

        Assert.That(fitted.Terms.Select(t => t.Signal), Has.None.AnyOf(LeftOut));
        Assert.That(fitted.Terms.Single(t => t.Signal == SignalNames.TemplateSharers30d).Weights.Sum(), Is.GreaterThan(0),
            "the small corpus's rings share templates");
        Assert.That(every.Terms.Select(t => t.Signal), Has.Some.AnyOf(LeftOut), "with every signal the separate counts are fitted");
    }

    [Test]
    public void Should_add_to_the_default_exclusions_when_more_are_left_out()
    {
        var options = new EvidenceOptions().Without(EvidenceSignals.Lexicons);

        Assert.That(options.Excluded, Is.SupersetOf(EvidenceOptions.DefaultExcluded));
        Assert.That(options.Excluded, Is.SupersetOf(EvidenceSignals.Lexicons));
    }
}
