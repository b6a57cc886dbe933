using System.Globalization;
using Triage.Complaints.Evidence;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Scoring.Batches;

// The signals' context for one batch, answered in memory from what BatchContextReader read in a few set-based queries:
// the same answers StoredSignalContext gives one query at a time, so a complaint scores the same either way.
public sealed class BatchSignalContext(
    IReadOnlyDictionary<string, StoredSighting[]> sightings,
    ILookup<Guid, Identifier> personal,
    IReadOnlyDictionary<Guid, TextFingerprint?> fingerprints,
    IReadOnlyList<StoredSignature> candidates,
    IReadOnlyDictionary<Guid, SkeletonSignature?> signatures,
    ITextEvidenceStore store,
    NearDuplicateOptions options) : ISignalContext
{
    private const int NeighbourLimit = 1000;
    private readonly ILookup<long, StoredSignature> _buckets = candidates
        .SelectMany(c => BucketKeys(c.Values, options).Select(key => (Key: key, Candidate: c)))
        .ToLookup(p => p.Key, p => p.Candidate);

    public Task<int> DistinctComplainantsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken)
    {
        var distinct = ComplainantKey.People(Within(identifier, from, to).Select(s => s.Complainant).ToHashSet(), identifier);
        return Task.FromResult(cap == int.MaxValue ? distinct : Math.Min(distinct, cap + 1));
    }

    public Task<IReadOnlyList<Filing>> FilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> identifiers, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Filing>>(identifiers
            .SelectMany(i => Within(i, from, to))
            .Where(s => s.ComplaintId != complaint.Id)
            .Select(s => new Filing(s.ComplaintId, s.At, s.Channel))
            .Distinct()
            .OrderBy(f => f.At)
            .ToList());

    public Task<IReadOnlyList<Identifier>> PersonalIdentifiersAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Identifier>>(complaintIds.SelectMany(id => personal[id]).Distinct().ToList());

    public Task<IReadOnlyList<IdentifierSighting>> SightingsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IdentifierSighting>>(Within(identifier, from, to)
            .Take(limit)
            .DistinctBy(s => s.ComplaintId)
            .Select(s => new IdentifierSighting(s.At, s.Complainant, s.ComplaintId))
            .ToList());

    public Task<TextEvidence> TextEvidenceAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null)
    {
        if (!fingerprints.TryGetValue(complaint.Id, out var fingerprint))
            return store.EvidenceAsync(complaint, ComplainantKey.For(complaint), from, to, cancellationToken, minSimilarity);
        if (fingerprint is null)
            return Task.FromResult(TextEvidence.None);
        var (fromTicks, toTicks) = (from.UtcTicks, to.UtcTicks);
        var neighbours = BucketKeys(fingerprint.Signature, options)
            .SelectMany(key => _buckets[key])
            .Distinct()
            .Where(c => c.ReceivedAt.UtcTicks >= fromTicks && c.ReceivedAt.UtcTicks <= toTicks)
            .Select(c => (Candidate: c, Similarity: MinHashSignature.Similarity(fingerprint.Signature.Values, c.Values.Values)))
            .Where(c => c.Similarity >= (minSimilarity ?? options.Threshold))
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.Candidate.ReceivedAt).ThenBy(c => c.Candidate.ComplaintId)
            .Take(NeighbourLimit)
            .Where(c => c.Candidate.ComplaintId != complaint.Id)
            .Select(c => new TextNeighbour(c.Candidate.ComplaintId, c.Candidate.OwnerHash.ToString(CultureInfo.InvariantCulture), c.Candidate.ReceivedAt, c.Similarity))
            .ToList();
        return Task.FromResult(new TextEvidence(true, neighbours));
    }

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken)
    {
        if (!signatures.TryGetValue(first, out var a) || !signatures.TryGetValue(second, out var b))
            return store.OverlapAsync(first, second, cancellationToken);
        return Task.FromResult(a is not null && b is not null
            ? TextOverlap.Between(a.Signature, a.SkeletonLength, b.Signature, b.SkeletonLength, options.ShingleLength)
            : TextOverlap.None);
    }

    // The rows are ordered by time, as the store's ORDER BY received_at gives them.
    private IEnumerable<StoredSighting> Within(Identifier identifier, DateTimeOffset from, DateTimeOffset to) =>
        sightings.TryGetValue(identifier.Hash, out var rows) ? rows.Where(s => s.At >= from && s.At <= to) : [];

    public static long[] BucketKeys(MinHashSignature signature, NearDuplicateOptions options)
    {
        var keys = new long[options.Bands];
        LshBands.Keys(signature, options, keys);
        return keys;
    }
}
