using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_sets_are_joined
{
    [Test]
    public void Should_start_with_every_item_alone()
    {
        var sets = new UnionFind(4);

        Assert.That(Enumerable.Range(0, 4).Select(sets.Find), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(Enumerable.Range(0, 4).Select(sets.SizeOf), Is.All.EqualTo(1));
    }

    [Test]
    public void Should_give_joined_items_one_root_and_their_summed_size()
    {
        var sets = new UnionFind(6);

        sets.Union(0, 1);
        sets.Union(2, 3);
        sets.Union(3, 1);

        Assert.That(new[] { 0, 1, 2, 3 }.Select(sets.Find).Distinct().Count(), Is.EqualTo(1));
        Assert.That(new[] { 0, 1, 2, 3 }.Select(sets.SizeOf), Is.All.EqualTo(4));
        Assert.That(sets.Find(4), Is.Not.EqualTo(sets.Find(0)));
        Assert.That(sets.SizeOf(5), Is.EqualTo(1));
    }

    [Test]
    public void Should_say_whether_a_union_joined_anything()
    {
        var sets = new UnionFind(3);

        var first = sets.Union(0, 1);
        var again = sets.Union(1, 0);

        Assert.That(first, Is.True);
        Assert.That(again, Is.False);
        Assert.That(sets.SizeOf(0), Is.EqualTo(2));
    }

    [Test]
    public void Should_keep_a_long_chain_in_one_set()
    {
        var sets = new UnionFind(10_000);

        for (var i = 1; i < 10_000; i++)
            sets.Union(i, i - 1);

        Assert.That(sets.Find(0), Is.EqualTo(sets.Find(9_999)));
        Assert.That(sets.SizeOf(5_000), Is.EqualTo(10_000));
    }
}
