using System.Runtime.InteropServices;

namespace Triage.Signals.Text;

// The people a text shares rare content with: for each text, the other complainants whose texts, filed within a window,
// hold rare shingles of it (weight at least rareWeight) weighing at least a given amount together, each shingle counted
// once per complainant. Two kinds of sharer are left out: another complainant under the same name (taken for the same
// person), and, when a similarity is given, a text that is nobody's near-duplicate, so that only the copies of a
// template count, not people who happen to write a few of the same uncommon phrases. Built once over a whole corpus
// (ShingleRarity), then read by many threads.
public sealed class RareContentSharers
{
    private static readonly long Month = TimeSpan.FromDays(30).Ticks;

    private readonly Dictionary<Guid, int> _index;
    private readonly long[] _owners;
    private readonly uint[][] _shingles;
    private readonly float[][] _weights;
    private readonly long[] _at;
    private readonly long[] _names;
    private readonly float _rareWeight;
    private readonly Dictionary<uint, int[]> _holders;
    private readonly Guid[] _ids;
    private readonly Func<Guid, Guid, double>? _similarity;
    private readonly double _templateSimilarity;
    // 0: not asked yet, 1: a near-duplicate of someone's, 2: nobody's. Written by any thread; every writer writes the same.
    private readonly byte[] _templated;

    public RareContentSharers(Guid[] ids, long[] owners, uint[][] shingles, float[][] weights, long[] at, long[] names, float rareWeight,
        Func<Guid, Guid, double>? similarity, double templateSimilarity)
    {
        _ids = ids;
        _owners = owners;
        _shingles = shingles;
        _weights = weights;
        _at = at;
        _names = names;
        _rareWeight = rareWeight;
        _similarity = similarity;
        _templateSimilarity = templateSimilarity;
        _templated = new byte[ids.Length];
        _index = new Dictionary<Guid, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
            _index[ids[i]] = i;
        // A shingle of one complainant's alone (weight 1) is nobody else's: most of a corpus's shingles, left out.
        var holders = new Dictionary<uint, List<int>>();
        for (var t = 0; t < ids.Length; t++)
            for (var i = 0; i < shingles[t].Length; i++)
                if (Shareable(weights[t][i]))
                    (CollectionsMarshal.GetValueRefOrAddDefault(holders, shingles[t][i], out _) ??= []).Add(t);
        _holders = holders.Where(h => h.Value.Count > 1).ToDictionary(h => h.Key, h => h.Value.ToArray());
    }

    private bool Shareable(float weight) => weight >= _rareWeight && weight < 0.9999f;

    public int Count(Guid complaintId, DateTimeOffset from, DateTimeOffset to, double minShared)
    {
        if (!_index.TryGetValue(complaintId, out var t))
            return 0;
        // First every sharer's weight from all their texts; then, only for those that reach minShared, the weight from
        // texts that are someone's near-duplicates (the costly test), so that it is asked of few texts.
        var shared = Shared(t, from.UtcTicks, to.UtcTicks, owner: null);
        var count = 0;
        foreach (var (owner, entry) in shared)
            if (entry.Weight >= minShared
                && (entry.Text >= 0 ? Templated(entry.Text) : Shared(t, from.UtcTicks, to.UtcTicks, owner).GetValueOrDefault(owner).Weight >= minShared))
                count++;
        return count;
    }

    // Per other complainant (or only the one given, and then only their templated texts): the rare weight shared, the
    // last shingle counted (each counts once per complainant) and the one text it came from (-1: several).
    private Dictionary<long, (double Weight, int Shingle, int Text)> Shared(int t, long first, long last, long? owner)
    {
        var shared = new Dictionary<long, (double Weight, int Shingle, int Text)>();
        var shingles = _shingles[t];
        var weights = _weights[t];
        var name = _names[t];
        for (var i = 0; i < shingles.Length; i++)
        {
            if (!Shareable(weights[i]) || !_holders.TryGetValue(shingles[i], out var holders))
                continue;
            foreach (var other in holders)
            {
                var them = _owners[other];
                if (other == t || them == _owners[t] || _at[other] < first || _at[other] > last || (name != 0 && _names[other] == name)
                    || (owner is { } only && (them != only || !Templated(other))))
                    continue;
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, them, out var known);
                if (!known)
                    entry = (weights[i], i, other);
                else if (entry.Shingle != i)
                    entry = (entry.Weight + weights[i], i, entry.Text == other ? other : -1);
                else if (entry.Text != other)
                    entry.Text = -1;
            }
        }
        return shared;
    }

    // Whether another complainant's text within 30 days is this one's near-duplicate. A near-duplicate holds most of the
    // text's rare shingles, so only the few texts that share the most of them are compared.
    private bool Templated(int t)
    {
        if (_similarity is null)
            return true;
        if (Volatile.Read(ref _templated[t]) is var known and > 0)
            return known == 1;
        var shared = new Dictionary<int, int>();
        var shingles = _shingles[t];
        for (var i = 0; i < shingles.Length; i++)
        {
            if (!Shareable(_weights[t][i]) || !_holders.TryGetValue(shingles[i], out var holders))
                continue;
            foreach (var other in holders)
                if (other != t && _owners[other] != _owners[t] && Math.Abs(_at[other] - _at[t]) <= Month)
                    CollectionsMarshal.GetValueRefOrAddDefault(shared, other, out _)++;
        }
        var found = shared.OrderByDescending(s => s.Value).Take(ComparedPerText)
            .Any(s => _similarity(_ids[t], _ids[s.Key]) >= _templateSimilarity);
        Volatile.Write(ref _templated[t], found ? (byte)1 : (byte)2);
        return found;
    }

    private const int ComparedPerText = 4;
}
