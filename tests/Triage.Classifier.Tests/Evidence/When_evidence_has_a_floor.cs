using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// EvidenceOptions.Floors (docs/classifier.md, "The agent's identifiers as a floor" and "Rare content shared with an
// outfit's filings"): five or more other people behind one agent identifier, and five or more people filing behind an
// outfit's identifier whose texts share rare sentences with a complaint filed alone, carry at least the floor's logits,
// whatever weight the training writer's templates leave them; the fit may give the step more, never less, and the term
// stays a step that only grows with the evidence.
public class When_evidence_has_a_floor
{
    private static readonly string[] Floored = [SignalNames.AgentPeople30d, SignalNames.RareContentOutfitSharers30d];

    private static double ShareAt(EvidenceModel model, string signal, float value) =>
        model.Terms.Where(t => t.Signal == signal).Sum(t => t.Share(value));

    [Test]
    public void Should_hold_these_floors_by_default()
    {
        Assert.That(new EvidenceOptions().Floors, Is.EquivalentTo(new Dictionary<string, EvidenceOptions.Floor>
        {
            [SignalNames.AgentPeople30d] = new(5, 4),
            [SignalNames.RareContentOutfitSharers30d] = new(5, 4),
        }));
    }

    [TestCaseSource(nameof(Floored))]
    public void Should_give_the_floors_count_at_least_its_logits_and_more_never_less(string signal)
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();
        var options = new EvidenceOptions();
        var floor = options.Floors[signal];

        var fitted = new EvidenceTrainer(options).Fit(signals, text, labels);

        Assert.That(ShareAt(fitted, signal, floor.AtLeast), Is.GreaterThanOrEqualTo(floor.Logits - 1e-6));
        Assert.That(ShareAt(fitted, signal, 40), Is.GreaterThanOrEqualTo(ShareAt(fitted, signal, floor.AtLeast)), "more never weighs less");
        Assert.That(ShareAt(fitted, signal, 0), Is.EqualTo(0), "none adds nothing");
    }

    [TestCaseSource(nameof(Floored))]
    public void Should_hold_a_higher_floor_and_none_without_one(string signal)
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();
        var options = new EvidenceOptions();

        var higher = new EvidenceTrainer(options with { Floors = new Dictionary<string, EvidenceOptions.Floor>(options.Floors) { [signal] = new(5, 9) } })
            .Fit(signals, text, labels);
        var none = new EvidenceTrainer(options with { Floors = options.Floors.Where(f => f.Key != signal).ToDictionary() }).Fit(signals, text, labels);

        Assert.That(ShareAt(higher, signal, 5), Is.GreaterThanOrEqualTo(9 - 1e-6));
        Assert.That(ShareAt(higher, signal, 4), Is.LessThan(9), "below five the fit decides");
        Assert.That(ShareAt(none, signal, 5), Is.LessThan(9), "the small corpus alone does not give it nine logits");
    }

    [TestCaseSource(nameof(Floored))]
    public void Should_raise_a_complaint_with_the_evidence_by_the_floor(string signal)
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();
        var fitted = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var alone = new float[SignalNames.All.Count];
        var behind = alone.ToArray();
        behind[SignalNames.IndexOf(signal)] = 5;

        Assert.That(fitted.Logit(behind, 0.5f) - fitted.Logit(alone, 0.5f), Is.GreaterThanOrEqualTo(4 - 1e-6));
    }
}
