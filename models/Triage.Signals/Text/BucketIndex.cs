namespace Triage.Signals.Text;

// The band buckets of every item: per band one sorted array of (key << 32 | item), 8 bytes per item and band with no
// hash-table slack, plus a small hash table of recent items. When that fills it is frozen (still searched) and merged
// into new sorted arrays outside the readers' lock; publishing the merge swaps the arrays in.
internal sealed class BucketIndex(int bands)
{
    private const int MinDelta = 4_096;
    private const int MaxDelta = 65_536;

    private ulong[][] _sorted = Enumerable.Range(0, bands).Select(_ => Array.Empty<ulong>()).ToArray();
    private DeltaBuckets? _frozen;
    private DeltaBuckets _active = new(bands, MinDelta);

    public bool IsFull => _active.IsFull;

    // 32 bits of each band key: a chance collision only adds a candidate to verify.
    public static void Keys(MinHashSignature signature, NearDuplicateOptions options, Span<uint> keys)
    {
        Span<long> full = stackalloc long[options.Bands];
        LshBands.Keys(signature, options, full);
        for (var band = 0; band < keys.Length; band++)
            keys[band] = (uint)((ulong)full[band] >> 32);
    }

    public void Add(int item, ReadOnlySpan<uint> keys) => _active.Add(item, keys);

    public void Collect(ReadOnlySpan<uint> keys, CandidateMarks marks)
    {
        for (var band = 0; band < bands; band++)
            CollectSorted(_sorted[band], keys[band], marks);
        _frozen?.Collect(keys, marks);
        _active.Collect(keys, marks);
    }

    // Under the writers' lock: the caller merges the returned pair, then publishes.
    public (ulong[][] Sorted, DeltaBuckets Frozen) Freeze(int items)
    {
        _frozen = _active;
        _active = new DeltaBuckets(bands, Math.Clamp(items / 16, MinDelta, MaxDelta));
        return (_sorted, _frozen);
    }

    public static ulong[][] Merge(ulong[][] sorted, DeltaBuckets frozen)
    {
        var merged = new ulong[sorted.Length][];
        for (var band = 0; band < sorted.Length; band++)
        {
            var recent = frozen.Sorted(band);
            var old = sorted[band];
            var into = new ulong[old.Length + recent.Length];
            int i = 0, j = 0, k = 0;
            while (i < old.Length && j < recent.Length)
                into[k++] = old[i] <= recent[j] ? old[i++] : recent[j++];
            old.AsSpan(i).CopyTo(into.AsSpan(k));
            recent.AsSpan(j).CopyTo(into.AsSpan(k + old.Length - i));
            merged[band] = into;
        }
        return merged;
    }

    public void Publish(ulong[][] merged)
    {
        _sorted = merged;
        _frozen = null;
    }

    private static void CollectSorted(ulong[] entries, uint key, CandidateMarks marks)
    {
        var target = (ulong)key << 32;
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (entries[middle] < target)
                low = middle + 1;
            else
                high = middle;
        }
        for (var i = low; i < entries.Length && entries[i] >> 32 == key; i++)
            marks.Add((int)(uint)entries[i]);
    }
}
