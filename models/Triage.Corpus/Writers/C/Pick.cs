namespace Triage.Corpus.Writers.C;

// Small draws on the caller's generator; every choice in family C goes through here so the same seed gives the same text.
internal static class Pick
{
    public static T One<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(Random rng, double p) => rng.NextDouble() < p;

    public static List<T> Some<T>(Random rng, IReadOnlyList<T> items, int count)
    {
        var order = Enumerable.Range(0, items.Count).ToList();
        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order.Take(Math.Min(count, items.Count)).Select(i => items[i]).ToList();
    }

    public static void Shuffle<T>(Random rng, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // A stable hash (FNV-1a) of a person's id: habits must survive across filings without drawing on the text stream.
    public static ulong Stable(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    public static int Bits(ref ulong state, int n)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)n);
    }
}
