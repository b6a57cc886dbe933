namespace Triage.Signals.Text;

// A complaint's text with its slots masked, so that every filling of one template reads the same. Text holds one
// private-use character per placeholder (see Placeholders); character i came from Original[Starts[i]..Ends[i]).
public sealed class TextSkeleton
{
    internal TextSkeleton(string original, MappedText mapped, int contentLength, int placeholderCount, bool fingerprintable)
    {
        Original = original;
        Text = mapped.Text;
        Starts = mapped.Starts;
        Ends = mapped.Ends;
        ContentLength = contentLength;
        PlaceholderCount = placeholderCount;
        IsFingerprintable = fingerprintable;
    }

    public string Original { get; }

    public string Text { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    // Letters and digits that are neither placeholders nor stock phrases.
    public int ContentLength { get; }

    public int PlaceholderCount { get; }

    // False for short, mostly-slot or boilerplate texts: they get no fingerprint and link to nothing.
    public bool IsFingerprintable { get; }

    public string Display => Placeholders.Display(Text);

    public static TextSkeleton Build(string text) => SkeletonBuilder.Default.Build(text);

    // The original text behind skeleton characters [start, end).
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a range of a skeleton of length {Text.Length}");
        return new TextSpan(Starts[start], Ends[end - 1] - Starts[start]);
    }

    public override string ToString() => Display;
}
