using Triage.Classifier.Evaluation;

namespace Triage.Classifier.Tests;

public class When_a_corpus_is_split_by_group
{
    [Test]
    public void Should_keep_every_group_in_one_split()
    {
        var straddling = SmallCorpus.Rows.GroupBy(r => r.Group).Count(g => g.Select(r => GroupSplit.Of(r.Group, 5)).Distinct().Count() > 1);

        Assert.That(straddling, Is.Zero);
    }

    [Test]
    public void Should_split_about_seventy_fifteen_fifteen()
    {
        var groups = Enumerable.Range(0, 20_000).Select(i => GroupSplit.Of($"person-{i}", 1)).ToList();

        Assert.That(groups.Count(s => s == Split.Train) / 20_000.0, Is.EqualTo(0.70).Within(0.02));
        Assert.That(groups.Count(s => s == Split.Validation) / 20_000.0, Is.EqualTo(0.15).Within(0.02));
        Assert.That(groups.Count(s => s == Split.Test) / 20_000.0, Is.EqualTo(0.15).Within(0.02));
    }

    [Test]
    public void Should_depend_on_the_seed()
    {
        var moved = Enumerable.Range(0, 1_000).Count(i => GroupSplit.Of($"ring-{i}", 1) != GroupSplit.Of($"ring-{i}", 2));

        Assert.That(moved, Is.GreaterThan(300));
    }
}
