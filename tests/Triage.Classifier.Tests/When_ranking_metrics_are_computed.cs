using Triage.Classifier.Evaluation;

namespace Triage.Classifier.Tests;

public class When_ranking_metrics_are_computed
{
    private static readonly float[] Scores = [0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f];
    private static readonly bool[] Labels = [true, true, false, true, false, false];

    [Test]
    public void Should_give_average_precision_as_the_area_under_the_steps()
    {
        var curve = Ranking.Curve(Scores, Labels);

        Assert.That(Ranking.AveragePrecision(curve), Is.EqualTo((1 + 1 + 0.75) / 3).Within(1e-12));
    }

    [Test]
    public void Should_give_roc_auc_as_the_share_of_ordered_pairs()
    {
        Assert.That(Ranking.RocAuc(Scores, Labels), Is.EqualTo(8.0 / 9).Within(1e-12));
    }

    [Test]
    public void Should_count_ties_as_half_in_roc_auc_and_as_one_cut_off_in_the_curve()
    {
        float[] scores = [0.5f, 0.5f];
        bool[] labels = [true, false];

        Assert.That(Ranking.RocAuc(scores, labels), Is.EqualTo(0.5));
        Assert.That(Ranking.Curve(scores, labels), Has.Count.EqualTo(1));
    }

    [Test]
    public void Should_pick_the_lowest_threshold_that_keeps_the_precision()
    {
        var curve = Ranking.Curve(Scores, Labels);

        Assert.That(Ranking.ThresholdAtPrecision(curve, 0.99), Is.EqualTo(0.8f));
        Assert.That(Ranking.ThresholdAtPrecision(curve, 0.75), Is.EqualTo(0.6f));
        Assert.That(Ranking.RecallAtPrecision(curve, 0.75), Is.EqualTo(1.0));
    }

    // Negatives 0.7, 0.5, 0.4: flagging none of three needs a threshold just above 0.7; one of three, just above 0.5.
    [Test]
    public void Should_pick_the_lowest_threshold_that_flags_at_most_the_share_of_negatives()
    {
        var none = Ranking.ThresholdAtFalsePositiveRate(Scores, Labels, 0.1);
        var one = Ranking.ThresholdAtFalsePositiveRate(Scores, Labels, 0.34);

        Assert.That(none, Is.GreaterThan(0.7f).And.LessThan(0.8f));
        Assert.That(Scores.Where((s, i) => !Labels[i] && s >= none), Is.Empty);
        Assert.That(one, Is.GreaterThan(0.5f).And.LessThanOrEqualTo(0.6f));
        Assert.That(Scores.Count((s) => s >= one), Is.EqualTo(4), "0.9, 0.8, 0.7 and 0.6 flagged");
        Assert.That(Ranking.ThresholdAtFalsePositiveRate(Scores, Labels, 0.99), Is.GreaterThan(0.4f).And.LessThan(0.5f));
    }

    // A better ranking of the suspects does not lower it: it reads the negatives alone.
    [Test]
    public void Should_not_move_when_only_the_suspects_score_differently()
    {
        float[] better = [0.99f, 0.95f, 0.7f, 0.9f, 0.5f, 0.4f];

        Assert.That(Ranking.ThresholdAtFalsePositiveRate(better, Labels, 0.34), Is.EqualTo(Ranking.ThresholdAtFalsePositiveRate(Scores, Labels, 0.34)));
    }
}
