namespace Triage.Signals.Text;

// Folds the text (see CharFolding), collapses whitespace and repeated punctuation, and keeps the position map.
// A space survives only between two Latin letters or digits: Chinese has no word spaces, so any other space is noise
// a filler may add or drop.
internal static class TextNormalizer
{
    public static MappedText Normalize(string original)
    {
        var capacity = original.Length + 16;
        var text = new char[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var length = 0;
        var spaceStart = -1;
        var spaceEnd = -1;
        Span<char> single = stackalloc char[1];
        for (var i = 0; i < original.Length; i++)
        {
            var fold = CharFolding.Fold(original[i]);
            scoped ReadOnlySpan<char> output;
            if (fold is null)
            {
                single[0] = original[i];
                output = single;
            }
            else
            {
                output = fold;
            }
            foreach (var c in output)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    if (spaceStart < 0)
                        spaceStart = i;
                    spaceEnd = i + 1;
                    continue;
                }
                var previous = length > 0 ? text[length - 1] : '\0';
                if (spaceStart >= 0)
                {
                    if (char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(c))
                        Append(' ', spaceStart, spaceEnd);
                    spaceStart = -1;
                }
                else if (c == previous && IsPunctuation(c))
                {
                    ends[length - 1] = i + 1;
                    continue;
                }
                Append(c, i, i + 1);
            }
        }
        return new MappedText(new string(text, 0, length), starts[..length], ends[..length]);

        void Append(char c, int start, int end)
        {
            if (length == text.Length)
            {
                Array.Resize(ref text, length * 2);
                Array.Resize(ref starts, length * 2);
                Array.Resize(ref ends, length * 2);
            }
            text[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
        }
    }

    // Sentence punctuation only: "!!!" is one "!", but "//" in an address and "****" in a masked number stay.
    private static bool IsPunctuation(char c) => c is '.' or ',' or '!' or '?' or ';' or ':' or '~' or '-' or '·' or '"' or '\'';
}
