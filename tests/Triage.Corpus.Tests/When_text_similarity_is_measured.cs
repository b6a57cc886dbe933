namespace Triage.Corpus.Tests;

public class When_text_similarity_is_measured
{
    private const int Pairs = 2_000;

    [Test]
    public void Should_keep_random_honest_pairs_far_apart()
    {
        var honest = GeneratedCorpus.Default.Items
            .Where(i => !i.Label.GetProperty("suspect").GetBoolean())
            .Select(i => Shingles.Of(WireFormat.String(i.Complaint, "text")!))
            .ToList();
        var rng = new Random(11);

        var mean = MeanOverRandomPairs(rng, _ => honest);

        TestContext.Out.WriteLine($"mean 3-shingle Jaccard, random honest pairs: {mean:F3}");
        Assert.That(mean, Is.LessThanOrEqualTo(0.1));
    }

    [Test]
    public void Should_keep_members_of_one_ring_close()
    {
        var rings = GeneratedCorpus.Default.Items
            .Where(i => WireFormat.String(i.Label, "kind") is "ring" or "coached")
            .GroupBy(i => WireFormat.String(i.Label, "group")!)
            .Select(g => g.Select(i => Shingles.Of(WireFormat.String(i.Complaint, "text")!)).ToList())
            .Where(g => g.Count >= 2)
            .ToList();
        var rng = new Random(12);

        var mean = MeanOverRandomPairs(rng, r => rings[r.Next(rings.Count)]);

        TestContext.Out.WriteLine($"mean 3-shingle Jaccard, pairs within one ring: {mean:F3} over {rings.Count} rings");
        Assert.That(mean, Is.GreaterThanOrEqualTo(0.3));
    }

    // A coached member retypes the template: some keep it nearly whole, some rework it until it is no longer a
    // near-copy of anything their ring filed, yet it stays far closer to the ring than an honest text is.
    [Test]
    public void Should_spread_coached_members_from_near_copies_to_loose_retypings()
    {
        var rings = GeneratedCorpus.Default.Items
            .Where(i => WireFormat.String(i.Label, "kind") is "ring" or "coached")
            .GroupBy(i => WireFormat.String(i.Label, "group")!)
            .Select(g => g.Select(i => (Coached: WireFormat.String(i.Label, "kind") == "coached",
                Shingles: Shingles.Of(WireFormat.String(i.Complaint, "text")!))).ToList())
            .ToList();
        var closest = rings.SelectMany(ring => ring.Where(m => m.Coached).Select(member =>
                ring.Where(other => !other.Coached).Select(other => Shingles.Jaccard(member.Shingles, other.Shingles))
                    .DefaultIfEmpty(double.NaN).Max()))
            .Where(j => !double.IsNaN(j))
            .ToList();
        var loose = closest.Count(j => j < 0.5) / (double)closest.Count;

        // Seed 1: 50.6 % below 0.5 and a mean of 0.481 (37.7 % and 0.505 while coached members only dropped the
        // agent's clauses and mistyped).
        TestContext.Out.WriteLine($"{closest.Count} coached members; closest agent-filed ring mate: below 0.5 {loose:P1}, mean {closest.Average():F3}");
        Assert.That(loose, Is.InRange(0.45, 0.8));
        Assert.That(closest.Average(), Is.GreaterThanOrEqualTo(0.35));
    }

    // The mean 3-shingle Jaccard of Pairs random pairs of distinct texts, each pair drawn from one group that pick chooses.
    private static double MeanOverRandomPairs(Random rng, Func<Random, List<HashSet<string>>> pick) =>
        Enumerable.Range(0, Pairs).Average(_ =>
        {
            var group = pick(rng);
            var a = rng.Next(group.Count);
            var b = (a + 1 + rng.Next(group.Count - 1)) % group.Count;
            return Shingles.Jaccard(group[a], group[b]);
        });
}
