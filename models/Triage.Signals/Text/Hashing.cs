namespace Triage.Signals.Text;

// Stable across processes and versions: signatures and bucket keys are stored.
internal static class Hashing
{
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    // The hashes of every k-character shingle of the skeleton, in order of position.
    public static int Shingles(ReadOnlySpan<char> skeleton, int k, Span<ulong> into)
    {
        var count = skeleton.Length - k + 1;
        for (var p = 0; p < count; p++)
        {
            var h = (ulong)k;
            foreach (var c in skeleton.Slice(p, k))
                h = (h ^ c) * 0x100000001B3UL;
            into[p] = Mix(h);
        }
        return Math.Max(count, 0);
    }

    public static int ShingleCount(int length, int k) => Math.Max(length - k + 1, 0);
}
