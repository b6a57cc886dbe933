using System.Collections.Concurrent;

namespace Triage.Signals.Text;

// The whole index in one process, for the CLI and tests. Queries run concurrently under a read lock; one writer at a
// time appends under a short write lock, and merges the recent buckets into the sorted arrays outside it.
// Per item: 256 bytes of signature, 32 bands × 8 bytes of buckets, the skeleton string and a 32-byte record.
public sealed class InMemoryNearDuplicateIndex(NearDuplicateOptions options) : INearDuplicateIndex, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Lock _writer = new();
    private readonly Dictionary<Guid, int> _items = [];
    private readonly Chunked<IndexedItem> _records = new();
    private readonly Chunked<string> _skeletons = new();
    private readonly Chunked<ushort> _signatures = new(options.HashCount);
    private readonly BucketIndex _buckets = new(options.Bands);
    private readonly ConcurrentBag<CandidateMarks> _marks = [];
    private int _count;

    public InMemoryNearDuplicateIndex() : this(new NearDuplicateOptions())
    {
    }

    public NearDuplicateOptions Options { get; } = options;

    public int Count => Volatile.Read(ref _count);

    public bool Add(IndexedComplaint complaint)
    {
        var signature = complaint.Fingerprint.Signature;
        Span<uint> keys = stackalloc uint[Options.Bands];
        BucketIndex.Keys(signature, Options, keys);
        var owner = OwnerKey.Hash(complaint.Owner);
        lock (_writer)
        {
            _lock.EnterWriteLock();
            try
            {
                if (!_items.TryAdd(complaint.ComplaintId, _count))
                    return false;
                var item = _count;
                _records.EnsureCapacity(item + 1);
                _skeletons.EnsureCapacity(item + 1);
                _signatures.EnsureCapacity(item + 1);
                _records[item] = new IndexedItem(complaint.ComplaintId, owner, complaint.ReceivedAt.UtcTicks);
                _skeletons[item] = complaint.Fingerprint.Skeleton.Text;
                signature.Values.CopyTo(_signatures.Slice(item));
                _buckets.Add(item, keys);
                Volatile.Write(ref _count, item + 1);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            if (_buckets.IsFull)
                MergeRecent();
        }
        return true;
    }

    public IReadOnlyList<NearDuplicate> Query(NearDuplicateQuery query)
    {
        var signature = query.Fingerprint.Signature;
        Span<uint> keys = stackalloc uint[Options.Bands];
        BucketIndex.Keys(signature, Options, keys);
        long? excluded = query.ExcludeOwner is null ? null : OwnerKey.Hash(query.ExcludeOwner);
        var from = query.From?.UtcTicks ?? long.MinValue;
        var to = query.To?.UtcTicks ?? long.MaxValue;
        var marks = _marks.TryTake(out var pooled) ? pooled : new CandidateMarks();
        var kept = new List<(int Item, double Similarity, long Ticks, Guid Id)>();
        var found = new List<(NearDuplicate Neighbour, string Skeleton)>();
        _lock.EnterReadLock();
        try
        {
            marks.Begin(_count);
            _buckets.Collect(keys, marks);
            // In item order, so that a ring's members, added close together, are read close together.
            marks.Candidates.Sort();
            foreach (var item in marks.Candidates)
            {
                ref readonly var record = ref _records[item];
                if (record.ReceivedTicks < from || record.ReceivedTicks > to || record.Owner == excluded)
                    continue;
                var similarity = MinHashSignature.Similarity(signature.Values, _signatures.Slice(item));
                if (similarity >= (query.MinSimilarity ?? Options.Threshold))
                    kept.Add((item, similarity, record.ReceivedTicks, record.Id));
            }
            kept.Sort(static (a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity)
                : a.Ticks != b.Ticks ? b.Ticks.CompareTo(a.Ticks) : a.Id.CompareTo(b.Id));
            foreach (var (item, similarity, ticks, id) in kept.Take(query.Limit))
                found.Add((new NearDuplicate(id, _records[item].Owner, new DateTimeOffset(ticks, TimeSpan.Zero), similarity, []), _skeletons[item]));
        }
        finally
        {
            marks.End();
            _lock.ExitReadLock();
            _marks.Add(marks);
        }
        if (!query.WithSpans || found.Count == 0)
            return found.Select(f => f.Neighbour).ToList();
        var spans = new SharedSpans(query.Fingerprint.Skeleton, Options);
        return found.Select(f => f.Neighbour with { Spans = spans.With(f.Skeleton) }).ToList();
    }

    public double Similarity(Guid first, Guid second) => Overlap(first, second).Similarity;

    public TextOverlap Overlap(Guid first, Guid second)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_items.TryGetValue(first, out var a) || !_items.TryGetValue(second, out var b))
                return TextOverlap.None;
            return TextOverlap.Between(MinHashSignature.Similarity(_signatures.Slice(a), _signatures.Slice(b)),
                _skeletons[a].Length, _skeletons[b].Length, Options.ShingleLength);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public Task AddAsync(IReadOnlyCollection<IndexedComplaint> complaints, CancellationToken cancellationToken = default)
    {
        foreach (var complaint in complaints)
            Add(complaint);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<NearDuplicate>> QueryAsync(NearDuplicateQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query(query));

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken = default) =>
        Task.FromResult(Overlap(first, second));

    public void Dispose() => _lock.Dispose();

    // Called by the one writer: readers keep searching the frozen buckets while the merge runs.
    private void MergeRecent()
    {
        (ulong[][] Sorted, DeltaBuckets Frozen) plan;
        _lock.EnterWriteLock();
        try
        {
            plan = _buckets.Freeze(_count);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        var merged = BucketIndex.Merge(plan.Sorted, plan.Frozen);
        _lock.EnterWriteLock();
        try
        {
            _buckets.Publish(merged);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
