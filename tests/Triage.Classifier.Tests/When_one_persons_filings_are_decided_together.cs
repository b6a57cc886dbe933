namespace Triage.Classifier.Tests;

public class When_one_persons_filings_are_decided_together
{
    private static readonly PersonStep Step = PersonStep.Default with { Bar = 0.8 };
    private const double Threshold = 0.4;
    private static readonly float Raised = PersonStep.Raised(Threshold);

    private static IReadOnlyList<IReadOnlyList<int>> Persons(params int[][] person) => person;

    [Test]
    public void Should_raise_a_filing_to_the_threshold_when_its_persons_filing_is_suspect_at_or_above_the_bar()
    {
        float[] scores = [0.92f, 0.10f, 0.80f, 0.05f];
        var persons = Persons([1], [0], [3], [2]);

        var raised = Step.Apply(scores, Threshold, persons);

        Assert.That(raised, Is.EqualTo(new[] { 0.92f, Raised, 0.80f, Raised }));
        Assert.That(Step.Sources(scores, Threshold, persons), Is.EqualTo(new int?[] { null, 0, null, 2 }));
        Assert.That((double)Raised, Is.GreaterThanOrEqualTo(Threshold).And.LessThan(Threshold + 1e-6));
    }

    [Test]
    public void Should_not_raise_from_a_filing_below_the_bar_even_when_it_is_suspect()
    {
        float[] scores = [0.79f, 0.10f];

        var raised = Step.Apply(scores, Threshold, Persons([1], [0]));

        Assert.That(raised, Is.EqualTo(scores));
    }

    [Test]
    public void Should_not_raise_from_a_filing_that_is_not_suspect_whatever_the_bar()
    {
        float[] scores = [0.35f, 0.10f];

        var raised = (Step with { Bar = 0.2 }).Apply(scores, Threshold, Persons([1], [0]));

        Assert.That(raised, Is.EqualTo(scores));
    }

    [Test]
    public void Should_leave_a_filing_suspect_on_its_own_as_it_is()
    {
        float[] scores = [0.97f, 0.55f];

        Assert.That(Step.Apply(scores, Threshold, Persons([1], [0])), Is.EqualTo(scores));
        Assert.That(Step.Sources(scores, Threshold, Persons([1], [0])), Is.All.Null);
    }

    [Test]
    public void Should_take_one_step_from_the_own_scores_and_never_chain()
    {
        // 0 and 1 are one person's, 1 and 2 another's as the signals found them: 2 is not raised through 1.
        float[] scores = [0.95f, 0.2f, 0.1f];

        var raised = Step.Apply(scores, Threshold, Persons([1], [0, 2], [1]));

        Assert.That(raised, Is.EqualTo(new[] { 0.95f, Raised, 0.1f }));
    }

    [Test]
    public void Should_name_the_highest_scoring_of_several_suspect_filings()
    {
        float[] scores = [0.1f, 0.97f, 0.90f, 0.99f];

        Assert.That(Step.Sources(scores, Threshold, Persons([1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]))[0], Is.EqualTo(3));
    }

    [Test]
    public void Should_never_lower_any_score_when_a_person_gains_a_filing_or_a_filing_scores_higher() =>
        AssertNeverLowered(seed: 20261205, trials: 500, most: 12, linked: 0.3, pooled: false);

    // Random persons and scores; then one more link, a higher score and, with the pooled, refusing and outfit ways, more
    // filings, terms, refusals and outfit sharers: no filing's score after the step is below what it was, or below its own.
    private static void AssertNeverLowered(int seed, int trials, int most, double linked, bool pooled)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < trials; trial++)
        {
            var n = random.Next(2, most);
            var scores = Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray();
            var persons = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Where(j => j != i && random.NextDouble() < linked).ToList()).ToList();
            var evidence = pooled ? Enumerable.Range(0, n).Select(_ => new PersonEvidence(random.Next(1, 5), random.Next(0, 3), random.Next(0, 4) / 3, random.Next(0, 20))).ToArray() : null;
            var before = Step.Apply(scores, Threshold, persons.Select(p => (IReadOnlyList<int>)p).ToList(), evidence);

            var (a, b) = (random.Next(n), random.Next(n));
            if (a != b && !persons[a].Contains(b))
                persons[a].Add(b);
            var more = evidence?.Select(e => random.NextDouble() < 0.3
                ? new PersonEvidence(e.Filings + random.Next(0, 2), e.Terms + random.Next(0, 2), e.Refusals + random.Next(0, 2), e.OutfitSharers + random.Next(0, 3))
                : e).ToArray();
            var higher = (float[])scores.Clone();
            var k = random.Next(n);
            higher[k] = Math.Min(1, higher[k] + (float)random.NextDouble() * 0.5f);
            var after = Step.Apply(higher, Threshold, persons.Select(p => (IReadOnlyList<int>)p).ToList(), more);

            for (var i = 0; i < n; i++)
            {
                Assert.That(after[i], Is.GreaterThanOrEqualTo(before[i]), $"trial {trial}, filing {i}");
                Assert.That(after[i], Is.GreaterThanOrEqualTo(higher[i]), $"trial {trial}, filing {i} below its own score");
            }
        }
    }

    [Test]
    public void Should_decide_alike_in_whatever_order_the_filings_come()
    {
        float[] scores = [0.1f, 0.88f, 0.3f, 0.95f, 0.2f];
        var persons = Persons([1, 2], [0, 2], [0, 1], [4], [3]);
        int[] order = [3, 0, 4, 2, 1];
        var position = order.Select((original, i) => (original, i)).ToDictionary(x => x.original, x => x.i);

        var raised = Step.Apply(scores, Threshold, persons);
        var shuffled = Step.Apply(order.Select(o => scores[o]).ToList(), Threshold,
            order.Select(o => (IReadOnlyList<int>)persons[o].Select(p => position[p]).ToArray()).ToList());

        Assert.That(order.Select(o => raised[o]), Is.EqualTo(shuffled));
        Assert.That(raised.Count(s => s >= Threshold), Is.EqualTo(5));
    }

    // The pooled way: a person who filed three times within 30 days, whose filings name waiver demands and threats
    // together, and one of whose filings is suspect at the pooled bar (0.4 here, under the bar of 0.8).
    private static PersonEvidence[] Evidence(params (int Filings, int Terms)[] filings) => filings.Select(f => new PersonEvidence(f.Filings, f.Terms)).ToArray();

    [Test]
    public void Should_raise_a_repeat_complainants_filings_when_their_demands_and_threats_pool_and_one_is_suspect()
    {
        float[] scores = [0.55f, 0.10f, 0.20f, 0.30f];
        var persons = Persons([1, 2], [0, 2], [0, 1], []);
        var evidence = Evidence((3, 1), (3, 0), (3, 1), (3, 5));

        var raised = Step.Apply(scores, Threshold, persons, evidence);

        Assert.That(Step.PooledBar, Is.LessThan(Step.Bar));
        Assert.That(raised, Is.EqualTo(new[] { 0.55f, Raised, Raised, 0.30f }), "filing 3 has no other filing");
        Assert.That(Step.Sources(scores, Threshold, persons, evidence), Is.EqualTo(new int?[] { null, 0, 0, null }));
        Assert.That(PersonStep.PooledTermsOf(1, persons, evidence), Is.EqualTo(2));
        Assert.That(Step.Apply(scores, Threshold, persons), Is.EqualTo(scores), "without the evidence, the bar alone: 0.55 is under 0.8");
    }

    [Test]
    public void Should_not_pool_with_fewer_filings_fewer_terms_a_weaker_suspect_filing_or_the_way_turned_off()
    {
        float[] scores = [0.55f, 0.10f, 0.20f];
        var persons = Persons([1, 2], [0, 2], [0, 1]);

        Assert.That(Step.Apply(scores, Threshold, persons, Evidence((2, 1), (2, 0), (2, 1))), Is.EqualTo(scores), "two filings are a follow-up");
        Assert.That(Step.Apply(scores, Threshold, persons, Evidence((3, 1), (3, 0), (3, 0))), Is.EqualTo(scores), "one term is one signal");
        Assert.That((Step with { PooledBar = 0.6 }).Apply(scores, Threshold, persons, Evidence((3, 1), (3, 0), (3, 1))), Is.EqualTo(scores),
            "the suspect filing scores under the pooled bar");
        Assert.That((Step with { PooledTerms = 0 }).Apply(scores, Threshold, persons, Evidence((9, 9), (9, 9), (9, 9))), Is.EqualTo(scores), "off");
        float[] none = [0.35f, 0.10f, 0.20f];
        Assert.That((Step with { PooledBar = 0 }).Apply(none, Threshold, persons, Evidence((3, 4), (3, 4), (3, 4))), Is.EqualTo(none),
            "no filing suspect on its own: the pooled bar is never below the threshold");
    }

    [Test]
    public void Should_never_lower_any_score_when_a_person_gains_a_filing_or_a_term_or_a_filing_scores_higher_with_the_pooled_way() =>
        AssertNeverLowered(seed: 20261207, trials: 1000, most: 10, linked: 0.4, pooled: true);

    [Test]
    public void Should_read_a_filings_person_evidence_from_its_signals()
    {
        var signals = new Triage.Signals.Features.SignalVector();
        signals[Triage.Signals.Features.SignalNames.Filings30d] = 2;
        signals[Triage.Signals.Features.SignalNames.DemandTerms] = 3;
        signals[Triage.Signals.Features.SignalNames.ThreatTerms] = 1;
        signals[Triage.Signals.Features.SignalNames.JustificationTerms] = 4;

        Assert.That(PersonEvidence.Of(signals.ToArray()), Is.EqualTo(new PersonEvidence(3, 4)), "this filing and two more; demands and threats, not justifications");
    }

    [Test]
    public void Should_hold_a_filing_within_the_window_on_either_side()
    {
        var at = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.That(Step.Within(at, at.AddDays(30)), Is.True);
        Assert.That(Step.Within(at, at.AddDays(-30)), Is.True);
        Assert.That(Step.Within(at, at.AddDays(30).AddMinutes(1)), Is.False);
    }
}
