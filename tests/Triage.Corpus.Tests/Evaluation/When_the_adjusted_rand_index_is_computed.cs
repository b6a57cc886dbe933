using Triage.Corpus.Evaluation;

namespace Triage.Corpus.Tests.Evaluation;

public class When_the_adjusted_rand_index_is_computed
{
    [Test]
    public void Should_be_one_for_identical_partitions() =>
        Assert.That(AdjustedRandIndex.Compute([0, 0, 1, 1, 2, 3, 3, 3], [0, 0, 1, 1, 2, 3, 3, 3]), Is.EqualTo(1.0));

    [Test]
    public void Should_not_depend_on_the_names_of_the_blocks() =>
        Assert.That(AdjustedRandIndex.Compute([0, 0, 1, 1, 2, 3, 3, 3], [7, 7, 5, 5, 9, 1, 1, 1]), Is.EqualTo(1.0));

    // Truth {1..5} {6,7,8} {9} {10}; clusters {1..4} {5,6,7} {8} {9,10}. n = 10, C(10,2) = 45.
    // Σ C(n_ij,2) = C(4,2) + C(2,2) = 7; truth Σ C(a_i,2) = 10 + 3 = 13; clusters Σ C(b_j,2) = 6 + 3 + 1 = 10.
    // expected = 13 · 10 / 45 = 26/9; max = (13 + 10) / 2 = 23/2; ARI = (7 − 26/9) / (23/2 − 26/9) = 74/155 ≈ 0.4774.
    [Test]
    public void Should_match_a_hand_computed_example() =>
        Assert.That(AdjustedRandIndex.Compute([1, 1, 1, 1, 1, 2, 2, 2, 3, 4], [1, 1, 1, 1, 2, 2, 2, 3, 4, 4]),
            Is.EqualTo(74.0 / 155).Within(1e-12));

    // The examples in scikit-learn's documentation of adjusted_rand_score.
    [TestCase(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }, 4.0 / 7)]
    [TestCase(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    [TestCase(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    public void Should_match_published_values(int[] truth, int[] clusters, double expected) =>
        Assert.That(AdjustedRandIndex.Compute(clusters, truth), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Should_be_zero_for_all_singletons_against_a_truth_with_groups()
    {
        var truth = Enumerable.Range(0, 1_000).Select(i => i / 10).ToArray();
        var singletons = Enumerable.Range(0, 1_000).ToArray();

        Assert.That(AdjustedRandIndex.Compute(singletons, truth), Is.EqualTo(0.0));
    }

    [Test]
    public void Should_be_one_when_both_are_all_singletons() =>
        Assert.That(AdjustedRandIndex.Compute([1, 2, 3], [4, 5, 6]), Is.EqualTo(1.0));

    // 200 rings of 5,000 each split in halves: Σ C(n_ij,2) = Σ C(b_j,2) = 400 · C(2500,2) = 1,249,500,000,
    // Σ C(a_i,2) = 200 · C(5000,2) = 2,499,500,000, C(10^6,2) = 499,999,500,000; exactly 0.66546300134…
    [Test]
    public void Should_not_overflow_at_a_million_items()
    {
        var truth = Enumerable.Range(0, 1_000_000).Select(i => i / 5_000).ToArray();
        var halves = Enumerable.Range(0, 1_000_000).Select(i => i / 2_500).ToArray();

        Assert.That(AdjustedRandIndex.Compute(truth, truth), Is.EqualTo(1.0));
        Assert.That(AdjustedRandIndex.Compute(halves, truth), Is.EqualTo(0.6654630013418292).Within(1e-12));
    }

    [Test]
    public void Should_refuse_partitions_of_different_lengths() =>
        Assert.That(() => AdjustedRandIndex.Compute([0, 1], [0]), Throws.ArgumentException);
}
