namespace Triage.Corpus.Processes;

// Independent, reproducible seeds per stream (HashCode is randomised per process, so it cannot be used).
public static class Seeds
{
    public static int Derive(int seed, string stream, long index = 0)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
            hash = (hash ^ c) * 1099511628211UL;
        var x = hash ^ (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (int)(x & 0x7FFFFFFF);
    }

    public static Random Random(int seed, string stream, long index = 0) => new(Derive(seed, stream, index));
}
