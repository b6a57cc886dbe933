namespace Triage.Corpus.Writers.B;

internal static class Draw
{
    public static T One<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(Random rng, double p) => rng.NextDouble() < p;

    // Picks k distinct items in a random order; the caller's list is left alone.
    public static List<T> Some<T>(Random rng, IReadOnlyList<T> items, int k)
    {
        var pool = items.ToList();
        var chosen = new List<T>(Math.Min(k, pool.Count));
        while (chosen.Count < k && pool.Count > 0)
        {
            var i = rng.Next(pool.Count);
            chosen.Add(pool[i]);
            pool.RemoveAt(i);
        }
        return chosen;
    }

    public static void Shuffle<T>(Random rng, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // Nudges a few neighbours out of order, so a text keeps its rough shape but not its exact sequence.
    public static void Jostle<T>(Random rng, IList<T> items, double p)
    {
        for (var i = 0; i + 1 < items.Count; i++)
            if (rng.NextDouble() < p)
                (items[i], items[i + 1]) = (items[i + 1], items[i]);
    }
}
