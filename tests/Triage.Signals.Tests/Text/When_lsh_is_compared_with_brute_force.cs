using Triage.Corpus.Synthetic;
using Triage.Signals.Tests.Corpus;
using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

[TestFixture("synthetic")]
[TestFixture("generated")]
public class When_lsh_is_compared_with_brute_force(string corpus)
{
    private NearDuplicateEvaluationReport _report = null!;

    [OneTimeSetUp]
    public void Evaluate()
    {
        var texts = corpus == "generated"
            ? GeneratedCorpus.Texts(3_000, seed: 2026)
            : new SyntheticCorpus(2026).Generate(3_000).Select(c => new EvaluationText(c.Id, c.Owner, c.Text)).ToList();
        _report = NearDuplicateEvaluation.Run(texts, new NearDuplicateOptions());
        TestContext.Out.WriteLine(_report);
    }

    [Test]
    public void Should_compare_enough_near_duplicate_pairs_to_mean_something()
    {
        Assert.That(_report.Fingerprinted, Is.GreaterThan(2_500));
        Assert.That(_report.PairsAboveRecallBound, Is.GreaterThan(2_000));
    }

    [Test]
    public void Should_find_at_least_95_percent_of_the_pairs_clearly_above_the_threshold()
    {
        Assert.That(_report.Recall, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void Should_return_pairs_that_are_truly_above_the_threshold_at_least_90_percent_of_the_time()
    {
        Assert.That(_report.Precision, Is.GreaterThanOrEqualTo(0.9));
    }
}
