using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// EvidenceOptions.Floors (docs/classifier.md, "The agent's identifiers as a floor"): five or more other people behind one
// agent identifier carry at least the floor's logits, whatever weight the training writer's templates leave them; the
// fit may give the step more, never less, and the term stays a step that only grows with the evidence.
public class When_the_agents_identifiers_have_a_floor
{
    private static double ShareAt(EvidenceModel model, float people) =>
        model.Terms.Where(t => t.Signal == SignalNames.AgentPeople30d).Sum(t => t.Share(people));

    [Test]
    public void Should_give_five_people_behind_one_agent_identifier_at_least_the_floor()
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();
        var options = new EvidenceOptions();
        var floor = options.Floors[SignalNames.AgentPeople30d];

        var fitted = new EvidenceTrainer(options).Fit(signals, text, labels);

        Assert.That(floor.AtLeast, Is.EqualTo(5));
        Assert.That(ShareAt(fitted, floor.AtLeast), Is.GreaterThanOrEqualTo(floor.Logits - 1e-6));
        Assert.That(ShareAt(fitted, 40), Is.GreaterThanOrEqualTo(ShareAt(fitted, floor.AtLeast)), "more people never weigh less");
    }

    [Test]
    public void Should_hold_a_higher_floor_and_none_without_one()
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();

        var higher = new EvidenceTrainer(new EvidenceOptions { Floors = new Dictionary<string, EvidenceOptions.Floor> { [SignalNames.AgentPeople30d] = new(5, 9) } })
            .Fit(signals, text, labels);
        var none = new EvidenceTrainer(new EvidenceOptions { Floors = new Dictionary<string, EvidenceOptions.Floor>() }).Fit(signals, text, labels);

        Assert.That(ShareAt(higher, 5), Is.GreaterThanOrEqualTo(9 - 1e-6));
        Assert.That(ShareAt(higher, 4), Is.LessThan(9), "below five the fit decides");
        Assert.That(ShareAt(none, 5), Is.LessThan(9), "the small corpus alone does not give it nine logits");
    }

    [Test]
    public void Should_score_a_complaint_behind_an_outfits_identifier_above_one_without()
    {
        var (signals, text, labels) = SmallCorpus.EvidenceRows();
        var fitted = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var alone = new float[SignalNames.All.Count];
        var behind = alone.ToArray();
        behind[SignalNames.IndexOf(SignalNames.AgentPeople30d)] = 5;

        Assert.That(fitted.Logit(behind, 0.5f) - fitted.Logit(alone, 0.5f), Is.GreaterThanOrEqualTo(4 - 1e-6));
    }
}
