namespace Triage.Corpus.Tests;

public static class Shingles
{
    public static HashSet<string> Of(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= compact.Length; i++)
            shingles.Add(compact.Substring(i, 3));
        if (shingles.Count == 0)
            shingles.Add(compact);
        return shingles;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 1 : (double)shared / union;
    }
}
