using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

public class When_behaviour_evidence_grows
{
    private static EvidenceModel Model => SmallModel.Trained.Evidence!;

    private static IEnumerable<string> Up => EvidenceSignals.All.Where(s => s.Direction == Direction.Up).Select(s => s.Signal);

    [Test]
    public void Should_train_evidence_terms_over_a_text_sub_score()
    {
        Assert.That(SmallModel.Trained.Features, Is.EqualTo(FeatureSet.EvidenceAndText));
        Assert.That(Model.Terms.Where(t => t.Direction != Direction.Free).SelectMany(t => t.Weights), Is.All.GreaterThanOrEqualTo(0f));
        Assert.That(Model.Terms.Any(t => t.Signal == SignalNames.Filings30d || t.Signal == SignalNames.Filings7d), Is.True);
    }

    [Test]
    public void Should_never_lower_a_score_when_any_count_grows()
    {
        var rows = SmallModel.Test.Take(300).ToList();
        var lowered = new List<string>();
        foreach (var row in rows)
            foreach (var signal in Up)
            {
                var index = SignalNames.IndexOf(signal);
                var text = Probability(row.Input.Skeleton.Length);
                var signals = (float[])row.Input.Signals.Clone();
                var previous = Model.Probability(signals, text);
                foreach (var step in new[] { 0.5f, 1, 1, 2, 3, 5, 10, 40 })
                {
                    signals[index] += step;
                    var next = Model.Probability(signals, text);
                    if (next < previous - 1e-6)
                        lowered.Add($"{row.ExternalId} {signal}={signals[index]}: {previous} → {next}");
                    previous = next;
                }
            }
        Assert.That(lowered, Is.Empty);
    }

    [Test]
    public void Should_never_lower_a_score_when_the_previous_filing_comes_closer()
    {
        var index = SignalNames.IndexOf(SignalNames.DaysSincePreviousFiling);
        foreach (var row in SmallModel.Test.Take(300))
        {
            var signals = (float[])row.Input.Signals.Clone();
            signals[index] = 90;
            var previous = Model.Probability(signals, 0.5f);
            for (var days = 89f; days >= 0; days -= 0.5f)
            {
                signals[index] = days;
                var next = Model.Probability(signals, 0.5f);
                Assert.That(next, Is.GreaterThanOrEqualTo(previous - 1e-6), $"{row.ExternalId} at {days} days");
                previous = next;
            }
        }
    }

    [Test]
    public void Should_let_the_text_move_a_score_only_within_its_bound()
    {
        var bound = Model.TextClip * Model.TextWeight;
        Assert.That(Model.TextWeight, Is.InRange(0, new EvidenceOptions().MaxTextWeight));
        foreach (var row in SmallModel.Test.Take(300))
        {
            var spread = Model.Logit(row.Input.Signals, 0.999999f) - Model.Logit(row.Input.Signals, 0.000001f);
            Assert.That(spread, Is.LessThanOrEqualTo(2 * bound + 1e-9));
        }
    }

    [Test]
    public void Should_give_one_persons_filings_the_same_score_from_the_same_evidence_and_text_score()
    {
        var signals = new SignalVector { [SignalNames.Filings30d] = 11, [SignalNames.Filings90d] = 11, [SignalNames.Channels30d] = 3 }.ToArray();
        var scores = Enumerable.Range(0, 12).Select(_ => Model.Probability(signals, 0.2f)).Distinct().ToList();
        Assert.That(scores, Has.Count.EqualTo(1));
    }

    private static float Probability(int seed) => (seed % 97) / 97f;
}
