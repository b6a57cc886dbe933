using Triage.Classifier.Evaluation;
using Triage.Classifier.Promotion;

namespace Triage.Classifier.Tests;

// Ten held-out rows, four suspect; each scorer's scores and threshold chosen to move one figure at a time.
public class When_a_candidate_is_compared_with_the_active_model
{
    private static readonly bool[] Labels = [true, true, true, true, false, false, false, false, false, false];

    // Ranks all four suspects first; at 0.5 flags all four and no honest row.
    private static readonly float[] Perfect = [0.9f, 0.8f, 0.7f, 0.6f, 0.4f, 0.3f, 0.2f, 0.1f, 0.1f, 0.1f];

    // One honest row ranked above the last suspect.
    private static readonly float[] Good = [0.9f, 0.8f, 0.7f, 0.45f, 0.5f, 0.3f, 0.2f, 0.1f, 0.1f, 0.1f];

    [Test]
    public void Should_let_a_candidate_that_ranks_better_flags_no_more_honest_and_misses_no_more_suspects_win()
    {
        var comparison = Compare(Perfect, 0.5, Good, 0.6);

        Assert.That(comparison.CandidateWins, Is.True, comparison.Verdict);
    }

    [Test]
    public void Should_refuse_a_candidate_that_ranks_worse()
    {
        var comparison = Compare(Good, 0.6, Perfect, 0.5);

        Assert.That(comparison.CandidateWins, Is.False);
        Assert.That(comparison.Verdict, Does.Contain("average precision"));
    }

    [Test]
    public void Should_refuse_a_candidate_that_ranks_better_but_flags_more_honest_complaints()
    {
        // The candidate's threshold lets one honest row through: 1 in 6 honest flagged against none.
        var comparison = Compare(Perfect, 0.35, Good, 0.6);

        Assert.That(comparison.CandidateWins, Is.False);
        Assert.That(comparison.Verdict, Does.Contain("false-positive rate"));
    }

    [Test]
    public void Should_refuse_a_candidate_that_ranks_better_but_misses_more_suspects_at_its_threshold()
    {
        // The candidate's threshold misses its fourth suspect (recall 0.75); the active model's low threshold catches all
        // four (recall 1.0) at the price of one honest flag, so the false-positive condition passes and recall decides.
        var comparison = Compare(Perfect, 0.65, Good, 0.44);

        Assert.That(comparison.CandidateWins, Is.False);
        Assert.That(comparison.Verdict, Does.Contain("recall"));
    }

    [Test]
    public void Should_refuse_when_the_held_out_rows_lack_a_class()
    {
        var honest = Labels.Select(_ => false).ToArray();
        var rows = Rows(honest);
        var comparison = PromotionRule.Compare("candidate", new ScorerResult("c", "", rows, Perfect, 0.5), "active",
            new ScorerResult("a", "", rows, Good, 0.6), "test");

        Assert.That(comparison.CandidateWins, Is.False);
    }

    private static ModelComparison Compare(float[] candidate, double candidateThreshold, float[] active, double activeThreshold)
    {
        var rows = Rows(Labels);
        return PromotionRule.Compare("candidate", new ScorerResult("candidate", "", rows, candidate, candidateThreshold),
            "active", new ScorerResult("active", "", rows, active, activeThreshold), "test rows");
    }

    private static List<LabelledRow> Rows(bool[] labels) =>
        labels.Select((label, i) => new LabelledRow($"r{i}", label ? "ring" : "genuine", $"g{i}", "", new ClassifierInput { Label = label })).ToList();
}
