using Triage.Classifier.Evidence;

namespace Triage.Classifier.Tests.Evidence;

// The ablation's "lexicons ≤ N" (docs/classifier.md): the lexicon counts together add at most N logits to any score.
public class When_the_lexicon_counts_are_bounded
{
    [Test]
    public void Should_fit_lexicon_terms_that_add_at_most_the_bound_together_and_leave_the_other_terms_free()
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();

        var free = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var bounded = new EvidenceTrainer(new EvidenceOptions { MaxLexiconShare = 0.5 }).Fit(signals, text, labels);

        Assert.That(LexiconShare(free), Is.GreaterThan(0.5), "without a bound the small corpus's lexicon terms add more than the bound tested");
        Assert.That(LexiconShare(bounded), Is.LessThanOrEqualTo(0.5 + 1e-6));
        Assert.That(bounded.Terms.Where(t => !EvidenceSignals.Lexicons.Contains(t.Group)).Sum(t => t.Weights.Sum()), Is.GreaterThan(0));
    }

    private static double LexiconShare(EvidenceModel model) =>
        model.Terms.Where(t => t.Direction == Direction.Up && EvidenceSignals.Lexicons.Contains(t.Group)).Sum(t => t.Weights.Sum(w => (double)w));
}
