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

    public int Count(Guid complaintId, DateTimeOffset from, DateTimeOffset to, double minShared) =>
        Sharing(complaintId, from, to, minShared, behindOutfit: null, minShared).People;

    // The sharers, and the people who share at least minSharedBehind with a text of theirs behind an outfit's identifier
    // (behindOutfit, asked once per text): the coached member's template is the one the outfit's own filings carry, and
    // being behind an outfit is itself evidence, so less shared content may be asked of them.
    public RareSharing Sharing(Guid complaintId, DateTimeOffset from, DateTimeOffset to, double minShared, Func<Guid, bool>? behindOutfit,
        double minSharedBehind)
    {
        if (!_index.TryGetValue(complaintId, out var t))
            return RareSharing.None;
        // First every sharer's weight from all their texts; then, only for those that reach the lower bar, the weight from
        // texts that are someone's near-duplicates (the costly test), so that it is asked of few texts. A sharer whose
        // weight came from one text is that text's test; those with several texts are weighed again together, in one
        // more walk for all of them.
        var walk = _walks.Value ??= new Walk(_owners.Count);
        // Only a sharer who counts somewhere is tested: enough for a stranger, or less from behind an outfit.
        bool Counts(int owner) => walk.Weight[owner] >= minShared || (walk.Behind[owner] && walk.Weight[owner] >= minSharedBehind);
        var sharing = RareSharing.None;
        HashSet<int>? several = null;
        Shared(walk, t, from.UtcTicks, to.UtcTicks, only: null, behindOutfit);
        foreach (var owner in walk.Touched)
            if (Counts(owner))
            {
                if (walk.Text[owner] < 0)
                    (several ??= []).Add(owner);
                else if (Templated(walk.Text[owner]))
                    sharing = Tally(sharing, walk, owner, minShared, minSharedBehind);
            }
        walk.Clear();
        if (several is null)
            return sharing;
        Shared(walk, t, from.UtcTicks, to.UtcTicks, several, behindOutfit);
        foreach (var owner in walk.Touched)
            sharing = Tally(sharing, walk, owner, minShared, minSharedBehind);
        walk.Clear();
        return sharing;
    }

    private static RareSharing Tally(RareSharing sharing, Walk walk, int owner, double minShared, double minSharedBehind) => new(
        sharing.People + (walk.Weight[owner] >= minShared ? 1 : 0),
        sharing.BehindOutfits + (walk.Behind[owner] && walk.Weight[owner] >= minSharedBehind ? 1 : 0));

    // Per text: 0 not asked yet, 1 behind an outfit's identifier, 2 not. Written by any thread; every writer writes the same.
    private readonly byte[] _behind = new byte[ids.Length];

    private bool Behind(int text, Func<Guid, bool> behindOutfit)
    {
        if (Volatile.Read(ref _behind[text]) is var known and > 0)
            return known == 1;
        var behind = behindOutfit(ids[text]);
        Volatile.Write(ref _behind[text], behind ? (byte)1 : (byte)2);
        return behind;
    }

    // Complainants numbered 0, 1, … in the order their texts come, so that a walk sums into arrays, not a dictionary.
    private readonly (int[] Of, int Count) _owners = Number(owners);

    private static (int[] Of, int Count) Number(long[] owners)
    {
        var numbers = new Dictionary<long, int>();
        var of = new int[owners.Length];
        for (var t = 0; t < owners.Length; t++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, owners[t], out var known);
            if (!known)
                number = numbers.Count - 1;
            of[t] = number;
        }
        return (of, numbers.Count);
    }

    // One thread's sums over the complainants, cleared after each walk: per complainant the rare weight shared, the last
    // shingle counted plus one (0: none yet; each shingle counts once per complainant), the one text it came from
    // (-1: several) and whether one of those texts is behind an outfit's identifier. 17 bytes a complainant for each
    // thread that counts: 17 MB a thread over a window of a million, freed with the corpus.
    private sealed class Walk(int owners)
    {
        public readonly double[] Weight = new double[owners];
        public readonly int[] Shingle = new int[owners];
        public readonly int[] Text = new int[owners];
        public readonly bool[] Behind = new bool[owners];
        public readonly List<int> Touched = [];

        public void Clear()
        {
            foreach (var owner in Touched)
                (Shingle[owner], Behind[owner]) = (0, false);
            Touched.Clear();
        }
    }

    private readonly ThreadLocal<Walk?> _walks = new();

    // Per other complainant (or only those given, and then only their templated texts), into the walk.
    private void Shared(Walk walk, int t, long first, long last, HashSet<int>? only, Func<Guid, bool>? behindOutfit)
    {
        var own = shingles[t];
        var weight = weights[t];
        var name = names[t];
        var self = _owners.Of[t];
        for (var i = 0; i < own.Length; i++)
        {
            if (!Shareable(weight[i]) || !_holders.TryGetValue(own[i], out var holders))
                continue;
            foreach (var other in holders)
            {
                var them = _owners.Of[other];
                if (other == t || them == self || at[other] < first || at[other] > last || (name != 0 && names[other] == name)
                    || (only is not null && (!only.Contains(them) || !Templated(other))))
                    continue;
                if (walk.Shingle[them] == 0)
                {
                    walk.Touched.Add(them);
                    (walk.Weight[them], walk.Shingle[them], walk.Text[them]) = (weight[i], i + 1, other);
                }
                else if (walk.Shingle[them] != i + 1)
                {
                    walk.Weight[them] += weight[i];
                    walk.Shingle[them] = i + 1;
                    if (walk.Text[them] != other)
                        walk.Text[them] = -1;
                }
                else if (walk.Text[them] != other)
                    walk.Text[them] = -1;
                if (behindOutfit is not null && !walk.Behind[them] && Behind(other, behindOutfit))
                    walk.Behind[them] = true;
            }
        }
    }

    // Whether another complainant's text within 30 days is this one's near-duplicate. A near-duplicate holds most of the
    // text's rare shingles, so only the few texts that share the most of them are compared.
    private bool Templated(int t)
    {
        if (similarity is null)
            return true;
        if (Volatile.Read(ref _templated[t]) is var known and > 0)
            return known == 1;
        var counts = _counts.Value ??= new TextCounts(ids.Length);
        var own = shingles[t];
        for (var i = 0; i < own.Length; i++)
        {
            if (!Shareable(weights[t][i]) || !_holders.TryGetValue(own[i], out var holders))
                continue;
            foreach (var other in holders)
                if (other != t && owners[other] != owners[t] && Math.Abs(at[other] - at[t]) <= Month && counts.Shared[other]++ == 0)
                    counts.Touched.Add(other);
        }
        var found = false;
        foreach (var other in counts.MostShared(ComparedPerText))
            if (similarity(ids[t], ids[other]) >= templateSimilarity)
            {
                found = true;
                break;
            }
        counts.Clear();
        Volatile.Write(ref _templated[t], found ? (byte)1 : (byte)2);
        return found;
    }

    // One thread's count of shingles shared per other text, cleared after each text: 4 bytes a text for each thread that
    // tests, 4 MB a thread over a window of a million, freed with the corpus.
    private sealed class TextCounts(int texts)
    {
        public readonly int[] Shared = new int[texts];
        public readonly List<int> Touched = [];
        private readonly List<int> _most = [];

        // The texts that share the most, at most n, the first touched first among equals.
        public List<int> MostShared(int n)
        {
            _most.Clear();
            foreach (var text in Touched)
            {
                var at = _most.Count;
                while (at > 0 && Shared[_most[at - 1]] < Shared[text])
                    at--;
                if (at < n)
                {
                    _most.Insert(at, text);
                    if (_most.Count > n)
                        _most.RemoveAt(n);
                }
            }
            return _most;
        }

        public void Clear()
        {
            foreach (var text in Touched)
                Shared[text] = 0;
            Touched.Clear();
        }
    }

    private readonly ThreadLocal<TextCounts?> _counts = new();

    private const int ComparedPerText = 4;
}
