namespace Triage.Corpus.Writers.B;

// A seed that depends only on the characters given: string.GetHashCode is randomised per process.
internal static class Stable
{
    public static int Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
