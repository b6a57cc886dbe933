using System.Runtime.InteropServices;

namespace Triage.Signals.Text;

// The people a text shares rare content with: for each text, the other complainants whose texts, filed within a window,
// hold rare shingles of it (weight at least rareWeight) weighing at least a given amount together, each shingle counted
// once per complainant. Two kinds of sharer are left out: another complainant under the same name (taken for the same
// person), and, when a similarity is given, a text that is nobody's near-duplicate, so that only the copies of a
// template count, not people who happen to write a few of the same uncommon phrases. Built once over a whole corpus
// (ShingleRarity), then read by many threads.
public sealed class RareContentSharers(Guid[] ids, long[] owners, uint[][] shingles, float[][] weights, long[] at, long[] names,
    float rareWeight, Func<Guid, Guid, double>? similarity, double templateSimilarity)
{
    private static readonly long Month = TimeSpan.FromDays(30).Ticks;

    public IReadOnlyList<Guid> Ids => ids;

    private readonly Dictionary<Guid, int> _index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
    private readonly Dictionary<uint, int[]> _holders = Holders(shingles, weights, rareWeight);
    // 0: not asked yet, 1: a near-duplicate of someone's, 2: nobody's. Written by any thread; every writer writes the same.
    private readonly byte[] _templated = new byte[ids.Length];

    // The texts that hold each shingle more than one complainant holds and few enough do to be rare. A shingle of one
    // complainant's alone (weight 1) is nobody else's: most of a corpus's shingles, left out.
    private static Dictionary<uint, int[]> Holders(uint[][] shingles, float[][] weights, float rareWeight)
    {
        var holders = new Dictionary<uint, List<int>>();
        for (var t = 0; t < shingles.Length; t++)
            for (var i = 0; i < shingles[t].Length; i++)
                if (Shareable(weights[t][i], rareWeight))
                    (CollectionsMarshal.GetValueRefOrAddDefault(holders, shingles[t][i], out _) ??= []).Add(t);
        return holders.Where(h => h.Value.Count is > 1 and <= MaxHolders).ToDictionary(h => h.Key, h => h.Value.ToArray());
    }

    // Rare is at most √N of N complainants, which grows with the corpus: over a nightly window of a million, a shingle of
    // a thousand people's texts. Whatever the corpus, a shingle in more texts than this is stock wording, not one
    // outfit's sentence, and reading its holders for every text that has it would cost the most. (At most 65,536
    // complainants, √N is below it and it changes nothing.)
    public const int MaxHolders = 256;

    private static bool Shareable(float weight, float rareWeight) => weight >= rareWeight && weight < 0.9999f;

    private bool Shareable(float weight) => Shareable(weight, rareWeight);

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
        var own = shingles[t];
        var weight = weights[t];
        var name = names[t];
        for (var i = 0; i < own.Length; i++)
        {
            if (!Shareable(weight[i]) || !_holders.TryGetValue(own[i], out var holders))
                continue;
            foreach (var other in holders)
            {
                var them = owners[other];
                if (other == t || them == owners[t] || at[other] < first || at[other] > last || (name != 0 && names[other] == name)
                    || (owner is { } only && (them != only || !Templated(other))))
                    continue;
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, them, out var known);
                if (!known)
                    entry = (weight[i], i, other);
                else if (entry.Shingle != i)
                    entry = (entry.Weight + weight[i], i, entry.Text == other ? other : -1);
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
        if (similarity is null)
            return true;
        if (Volatile.Read(ref _templated[t]) is var known and > 0)
            return known == 1;
        var shared = new Dictionary<int, int>();
        var own = shingles[t];
        for (var i = 0; i < own.Length; i++)
        {
            if (!Shareable(weights[t][i]) || !_holders.TryGetValue(own[i], out var holders))
                continue;
            foreach (var other in holders)
                if (other != t && owners[other] != owners[t] && Math.Abs(at[other] - at[t]) <= Month)
                    CollectionsMarshal.GetValueRefOrAddDefault(shared, other, out _)++;
        }
        var found = shared.OrderByDescending(s => s.Value).Take(ComparedPerText)
            .Any(s => similarity(ids[t], ids[s.Key]) >= templateSimilarity);
        Volatile.Write(ref _templated[t], found ? (byte)1 : (byte)2);
        return found;
    }

    private const int ComparedPerText = 4;
}
