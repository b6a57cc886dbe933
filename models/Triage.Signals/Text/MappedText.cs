namespace Triage.Signals.Text;

// Text in which every character remembers the range of the original text it came from.
internal sealed class MappedText(string text, int[] starts, int[] ends)
{
    public string Text { get; } = text;

    public int[] Starts { get; } = starts;

    public int[] Ends { get; } = ends;

    // Masks sorted by start and not overlapping; each becomes one character spanning what it replaced.
    public MappedText Replace(List<Mask> masks)
    {
        var length = Text.Length;
        foreach (var mask in masks)
            length -= mask.Length - 1;
        var text = new char[length];
        var starts = new int[length];
        var ends = new int[length];
        int from = 0, to = 0;
        foreach (var mask in masks)
        {
            var kept = mask.Start - from;
            Text.AsSpan(from, kept).CopyTo(text.AsSpan(to));
            Starts.AsSpan(from, kept).CopyTo(starts.AsSpan(to));
            Ends.AsSpan(from, kept).CopyTo(ends.AsSpan(to));
            to += kept;
            text[to] = Placeholders.Char(mask.Kind);
            starts[to] = Starts[mask.Start];
            ends[to] = Ends[mask.End - 1];
            to++;
            from = mask.End;
        }
        Text.AsSpan(from).CopyTo(text.AsSpan(to));
        Starts.AsSpan(from).CopyTo(starts.AsSpan(to));
        Ends.AsSpan(from).CopyTo(ends.AsSpan(to));
        return new MappedText(new string(text), starts, ends);
    }

    // "⟨DATE⟩ ⟨DATE⟩" (a date and a time) and "⟨DATE⟩⟨DATE⟩" read as one slot, however a filler wrote it.
    public MappedText MergeRepeatedPlaceholders()
    {
        var masks = new List<Mask>();
        for (var i = 0; i < Text.Length; i++)
        {
            if (!Placeholders.Is(Text[i]))
                continue;
            var end = i + 1;
            while (true)
            {
                var next = end < Text.Length && Text[end] == ' ' ? end + 1 : end;
                if (next >= Text.Length || Text[next] != Text[i])
                    break;
                end = next + 1;
            }
            if (end > i + 1)
                masks.Add(new Mask(i, end - i, Placeholders.Of(Text[i])));
            i = end - 1;
        }
        return masks.Count == 0 ? this : Replace(masks);
    }
}
