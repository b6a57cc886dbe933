namespace Triage.Signals.Text;

// Which items one query has already seen: an item reached through many bands (a ring shares every bucket) is
// verified once. A bitmap, 128 KiB at a million items, stays in the core's cache where an array of stamps would not;
// only the bits a query set are cleared after it.
internal sealed class CandidateMarks
{
    private ulong[] _bits = [];

    public List<int> Candidates { get; } = [];

    public void Begin(int items)
    {
        var words = (items + 63) >> 6;
        if (_bits.Length < words)
            Array.Resize(ref _bits, Math.Max(words, _bits.Length * 2));
    }

    public void Add(int item)
    {
        ref var word = ref _bits[item >> 6];
        var bit = 1UL << item;
        if ((word & bit) != 0)
            return;
        word |= bit;
        Candidates.Add(item);
    }

    public void End()
    {
        foreach (var item in Candidates)
            _bits[item >> 6] = 0;
        Candidates.Clear();
    }
}
