namespace Triage.Signals.Text;

// How much two skeletons share: their estimated Jaccard similarity, and how much of the shorter one the longer holds
// (containment). A copy forwarded through another channel under a preface ("转发我之前的投诉：…") or cut short by a
// channel's length keeps nearly all of the original's shingles while its Jaccard falls with every added or lost
// sentence; containment sees it as the copy it is.
public readonly record struct TextOverlap(double Similarity, double Containment)
{
    public static readonly TextOverlap None = new(0, 0);

    // From the signatures' agreement J and the skeletons' shingle counts a and b: the shared shingles are J(a + b)/(1 + J),
    // of which the shorter text has min(a, b). Never below J, never above 1.
    public static TextOverlap Between(MinHashSignature first, int firstLength, MinHashSignature second, int secondLength, int shingleLength) =>
        Between(first.Similarity(second), firstLength, secondLength, shingleLength);

    public static TextOverlap Between(double similarity, int firstLength, int secondLength, int shingleLength)
    {
        var a = Hashing.ShingleCount(firstLength, shingleLength);
        var b = Hashing.ShingleCount(secondLength, shingleLength);
        if (a == 0 || b == 0)
            return new TextOverlap(similarity, similarity);
        var shared = similarity * (a + b) / (1 + similarity);
        return new TextOverlap(similarity, Math.Clamp(shared / Math.Min(a, b), similarity, 1));
    }
}

// A stored complaint's signature with its skeleton's length, all that TextOverlap needs of it.
public sealed record SkeletonSignature(MinHashSignature Signature, int SkeletonLength);
