using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Triage.Signals.Links;

namespace Triage.Signals.Text;

// How rare each skeleton shingle is among the complainants of a corpus, and the similarity of two texts that weighs
// each shingle by it (weighted Jaccard). A shingle found with df of N complainants weighs ln(N / df) / ln(N): the
// evidence that two texts sharing it have one author, from 0 for a shingle everybody writes to 1 for one
// complainant's own, whatever the corpus's size. Outfits buy templates from one market, so the stock demands and
// threats (停息挂账, 减免罚息, 12378) are in every outfit's texts and count little; a template's own sentences are in
// one outfit's texts only and count much.
public sealed class ShingleRarity
{
    private readonly ConcurrentDictionary<Guid, (long Owner, uint[] Shingles)> _texts = new();
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset At, long Name)> _filed = new();
    private readonly Lock _lock = new();
    private Dictionary<Guid, float[]>? _weights;
    private RareContentSharers? _sharing;

    // A shingle weighing at least this is rare: held by at most √N of N complainants.
    public const float RareWeight = 0.5f;

    // The near-duplicate similarity of two texts (the index's) and the similarity that makes them near-duplicates: with
    // both, Sharers counts only people whose texts are themselves someone's near-duplicates (a template's copies).
    public Func<Guid, Guid, double>? Similarity { get; init; }

    public double TemplateSimilarity { get; init; } = 0.5;

    public int ShingleLength { get; init; } = new NearDuplicateOptions().ShingleLength;

    public void Add(Guid complaintId, string owner, TextSkeleton skeleton)
    {
        _texts[complaintId] = (OwnerKey.Hash(owner), ShingleSet(skeleton.Text));
        lock (_lock)
        {
            _weights = null;
            _sharing = null;
        }
    }

    // A complaint's text with when it was filed and the name it was signed with, for Sharers too.
    public void Add(ComplaintFacts complaint, TextSkeleton skeleton)
    {
        _filed[complaint.Id] = (complaint.ReceivedAt, complaint.Name is { } name ? OwnerKey.Hash(name.Hash) : 0);
        Add(complaint.Id, ComplainantKey.For(complaint), skeleton);
    }

    // How many other complainants filed, between from and to, texts that share rare shingles with this one weighing at
    // least minShared together (RareContentSharers).
    public int Sharers(Guid complaintId, DateTimeOffset from, DateTimeOffset to, double minShared) =>
        Sharing().Count(complaintId, from, to, minShared);

    // The same sharers, and how many of them filed a text that behindOutfit says stands behind an outfit's identifier.
    public RareSharing Sharers(Guid complaintId, DateTimeOffset from, DateTimeOffset to, double minShared, Func<Guid, bool>? behindOutfit,
        double minSharedBehind) =>
        Sharing().Sharing(complaintId, from, to, minShared, behindOutfit, minSharedBehind);

    private RareContentSharers Sharing()
    {
        if (Volatile.Read(ref _sharing) is { } built)
            return built;
        var weights = Weights();
        lock (_lock)
        {
            if (_sharing is not null)
                return _sharing;
            var texts = weights.Keys.Select(id => (Id: id, Text: _texts[id], Filed: _filed.GetValueOrDefault(id))).ToArray();
            return _sharing = new RareContentSharers(
                texts.Select(t => t.Id).ToArray(), texts.Select(t => t.Text.Owner).ToArray(), texts.Select(t => t.Text.Shingles).ToArray(),
                texts.Select(t => weights[t.Id]).ToArray(), texts.Select(t => t.Filed.At.UtcTicks).ToArray(), texts.Select(t => t.Filed.Name).ToArray(),
                RareWeight, Similarity, TemplateSimilarity);
        }
    }

    // Nothing shared when either text is not in the corpus.
    public RareOverlap Compare(Guid first, Guid second)
    {
        var weights = Weights();
        if (!_texts.TryGetValue(first, out var a) || !_texts.TryGetValue(second, out var b)
            || !weights.TryGetValue(first, out var wa) || !weights.TryGetValue(second, out var wb))
            return RareOverlap.None;
        return Compare(a.Shingles, wa, b.Shingles, wb);
    }

    // A text's shingles (sorted, distinct), each one's rarity beside it, and its complainant's key; false when the corpus
    // does not hold the text.
    public bool TryGet(Guid complaintId, out uint[] shingles, out float[] weights, out long owner)
    {
        (shingles, weights, owner) = ([], [], 0);
        if (!_texts.TryGetValue(complaintId, out var text) || !Weights().TryGetValue(complaintId, out var weight))
            return false;
        (shingles, weights, owner) = (text.Shingles, weight, text.Owner);
        return true;
    }

    // The name a complaint was signed with (a keyed hash of its hash; 0 when it gave none or was added without it).
    public long NameOf(Guid complaintId) => _filed.TryGetValue(complaintId, out var filed) ? filed.Name : 0;

    // Both shingle sets sorted and distinct, each weight beside its shingle.
    public static RareOverlap Compare(uint[] first, float[] firstWeights, uint[] second, float[] secondWeights)
    {
        int i = 0, j = 0;
        double common = 0, union = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                common += firstWeights[i];
                union += firstWeights[i];
                i++;
                j++;
            }
            else if (first[i] < second[j])
                union += firstWeights[i++];
            else
                union += secondWeights[j++];
        }
        for (; i < first.Length; i++)
            union += firstWeights[i];
        for (; j < second.Length; j++)
            union += secondWeights[j];
        return new RareOverlap(union == 0 ? 0 : common / union, common);
    }

    // Folded to 32 bits as MinHasher folds them: half the memory, and a collision in a corpus's million shingles is rare.
    private uint[] ShingleSet(string skeleton)
    {
        var count = Hashing.ShingleCount(skeleton.Length, ShingleLength);
        var hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(count, 1));
        Hashing.Shingles(skeleton, ShingleLength, hashes);
        var folded = new uint[count];
        for (var i = 0; i < count; i++)
            folded[i] = (uint)(hashes[i] ^ (hashes[i] >> 32));
        ArrayPool<ulong>.Shared.Return(hashes);
        Array.Sort(folded);
        var distinct = count == 0 ? 0 : 1;
        for (var i = 1; i < count; i++)
            if (folded[i] != folded[distinct - 1])
                folded[distinct++] = folded[i];
        return distinct == count ? folded : folded[..distinct];
    }

    // Computed once every text is in, on the first question; a text added afterwards makes them computed again.
    private Dictionary<Guid, float[]> Weights()
    {
        if (Volatile.Read(ref _weights) is { } computed)
            return computed;
        lock (_lock)
        {
            if (_weights is not null)
                return _weights;
            var texts = _texts.ToArray();
            var frequency = new Dictionary<uint, int>(texts.Length * 8);
            // A person's shingles count once, however many of their texts hold them: the first text's as they are, a
            // further text's only when new to that person.
            var owners = new Dictionary<long, (uint[] First, HashSet<uint>? Seen)>(texts.Length);
            foreach (var (_, (owner, shingles)) in texts)
            {
                ref var person = ref CollectionsMarshal.GetValueRefOrAddDefault(owners, owner, out var known);
                if (!known)
                    person = (shingles, null);
                else
                    person.Seen ??= [.. person.First];
                foreach (var shingle in shingles)
                    if (person.Seen?.Add(shingle) != false)
                        CollectionsMarshal.GetValueRefOrAddDefault(frequency, shingle, out _)++;
            }
            var complainants = Math.Max(1, owners.Count);
            var weights = new Dictionary<Guid, float[]>(texts.Length);
            var scale = Math.Log(Math.Max(2, complainants));
            foreach (var (id, (_, shingles)) in texts)
            {
                var weight = new float[shingles.Length];
                for (var i = 0; i < shingles.Length; i++)
                    weight[i] = (float)(Math.Log(Math.Max(1.0, (double)complainants / frequency[shingles[i]])) / scale);
                weights[id] = weight;
            }
            return _weights = weights;
        }
    }
}
