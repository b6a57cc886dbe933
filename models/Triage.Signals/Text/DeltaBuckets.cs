namespace Triage.Signals.Text;

// The recent items' band buckets, in a hash table with per-band chains, until they are merged into the sorted arrays.
internal sealed class DeltaBuckets(int bands, int capacity)
{
    private readonly Dictionary<ulong, int> _heads = new(capacity * bands);
    private readonly int[] _items = new int[capacity];
    private readonly uint[] _keys = new uint[capacity * bands];
    private readonly int[] _next = new int[capacity * bands];

    public int Count { get; private set; }

    public bool IsFull => Count == capacity;

    public void Add(int item, ReadOnlySpan<uint> keys)
    {
        var slot = Count;
        _items[slot] = item;
        for (var band = 0; band < bands; band++)
        {
            var at = slot * bands + band;
            var composite = (ulong)band << 32 | keys[band];
            _keys[at] = keys[band];
            _next[at] = _heads.TryGetValue(composite, out var head) ? head : -1;
            _heads[composite] = slot;
        }
        Count++;
    }

    public void Collect(ReadOnlySpan<uint> keys, CandidateMarks marks)
    {
        for (var band = 0; band < bands; band++)
        {
            if (!_heads.TryGetValue((ulong)band << 32 | keys[band], out var slot))
                continue;
            for (; slot >= 0; slot = _next[slot * bands + band])
                marks.Add(_items[slot]);
        }
    }

    // This band's entries as (key << 32 | item), sorted like the main arrays.
    public ulong[] Sorted(int band)
    {
        var entries = new ulong[Count];
        for (var slot = 0; slot < Count; slot++)
            entries[slot] = (ulong)_keys[slot * bands + band] << 32 | (uint)_items[slot];
        Array.Sort(entries);
        return entries;
    }
}
