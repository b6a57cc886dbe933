using System.Buffers.Binary;
using System.Collections.Concurrent;
using Triage.Signals;
using Triage.Signals.Clusters;

namespace Triage.Rescoring;

// A run's complaints in the order chunks are cut, (received_at, id) as the databases order them, so that a chunk's
// members are found by binary search instead of a scan of the whole window for every chunk. Links holds the cluster
// links this worker found while rescoring its chunks, for the run's last step if it lands here.
public sealed class RunFacts
{
    // A complaint's strongest links, enough to connect a ring (identifier links alone tie each member to many others)
    // without holding every pair of a thousand-member template family in memory.
    public const int LinksKept = 16;

    // Complaints read per shared identifier when linking (the earliest first): more than are kept.
    public const int SightingsRead = 64;

    private readonly ComplaintFacts[] _complaints;
    private readonly Key[] _keys;
    private readonly Lazy<Dictionary<Guid, ComplaintFacts>> _byId;

    public RunFacts(IEnumerable<ComplaintFacts> complaints)
    {
        _complaints = complaints.ToArray();
        _keys = _complaints.Select(c => Key.Of(c.ReceivedAt, c.Id)).ToArray();
        Array.Sort(_keys, _complaints);
        _byId = new(() => _complaints.ToDictionary(c => c.Id));
    }

    // A complaint of the window or its context, for the person step's other filings of a chunk's members.
    public ComplaintFacts? Find(Guid id) => _byId.Value.GetValueOrDefault(id);

    public int Count => _complaints.Length;

    public IReadOnlyList<ComplaintFacts> All => _complaints;

    public ConcurrentDictionary<Guid, IReadOnlyList<ClusterLink>> Links { get; } = new();

    public void KeepLinks(Guid complaint, IReadOnlyList<ClusterLink> links) => Links[complaint] = Strongest(links);

    // Links come strongest first from ClusterLinkFinder.
    public static IReadOnlyList<ClusterLink> Strongest(IReadOnlyList<ClusterLink> links) => links.Count <= LinksKept ? links : links.Take(LinksKept).ToArray();

    // The window's complaints after the previous chunk's last key (none: from the start) up to and including the chunk's own.
    public List<ComplaintFacts> Chunk(DateTimeOffset since, DateTimeOffset until, DateTimeOffset? previousAt, Guid? previousId, DateTimeOffset lastAt, Guid lastId)
    {
        var from = previousAt is { } at ? UpperBound(Key.Of(at, previousId!.Value)) : 0;
        var to = UpperBound(Key.Of(lastAt, lastId));
        var members = new List<ComplaintFacts>(Math.Max(0, to - from));
        for (var i = from; i < to; i++)
            if (_complaints[i].ReceivedAt >= since && _complaints[i].ReceivedAt < until)
                members.Add(_complaints[i]);
        return members;
    }

    // The first position whose key is greater than the given one.
    private int UpperBound(Key key)
    {
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_keys[middle].CompareTo(key) <= 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    // A uuid's big-endian bytes compare as its lowercase text does, which is the databases' order; Guid.CompareTo is not.
    private readonly record struct Key(long Ticks, ulong High, ulong Low) : IComparable<Key>
    {
        public static Key Of(DateTimeOffset at, Guid id)
        {
            Span<byte> bytes = stackalloc byte[16];
            id.TryWriteBytes(bytes, bigEndian: true, out _);
            return new Key(at.UtcTicks, BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        }

        public int CompareTo(Key other) =>
            Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : High != other.High ? High.CompareTo(other.High) : Low.CompareTo(other.Low);
    }
}
