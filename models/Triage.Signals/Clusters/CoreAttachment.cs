using System.Runtime.InteropServices;
using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// The last step of hindsight clustering: complaints left out of every group of other people (alone, with their filer's
// own other filings, or in a cluster smaller than a core's) join the group behind an outfit whose template they copy. A
// coached member retypes the outfit's template loosely, on their own phone and device, so no member's text is near
// enough to link (a template link asks for resemblance to several members); what they keep is the template's own rare
// sentences. A group behind an outfit (at least AttachMinSize complaints, an agent phone, organisation, device or
// e-mail of AttachMinPeople complainants, no complainant filing half of it and complainants at least CoreMinPeopleShare
// of its complaints, so not one repeat filer's or a few repeat filers' glue) has a core: the rare shingles (rarity at
// least CoreMinRarity) that CoreShare of its complainants wrote. A complaint's cover of a core is the rarity of the
// core's shingles it holds over the core's whole rarity, each shingle divided among the cores that hold it (what
// several outfits bought from one source tells none of them apart). A unit joins the one core it covers by
// AttachCoverage and AttachMargin times more than any other (less, AttachFlaggedCoverage and AttachFlaggedMargin, for a
// complaint its own score flags); its complaints move together, and not at all when they point to two cores. A core that
// more outsiders cover than its group has members is no outfit's own writing (a channel's boilerplate) and gains nobody
// (outsiders the scores flag do not count, but for a repeat complainant's own filings). A group gains only complaints
// that were with no group, a group of other people the scores flag that is too small for a core of its own and half
// of whose members point to it, and the pieces below.
// Where the complaints' scores are known, a group they flag strongly has a core without an agent identifier (an outfit
// that coaches every member to file on their own phone), unless that core repeats one found before it; one that repeats
// it closely is another piece of the same outfit and joins its group (ClusterOptions.ScoredCoreMinSize and what follows).
internal static class CoreAttachment
{
    private static readonly IReadOnlySet<ClusterLinkKind> Outfit = ClusterLinkFinder.OutfitKinds;

    // The links that attach (each attached complaint to the member of its group it shares the most rare content with);
    // clusters gains the attached complaints, and loses the one-person components they came from.
    public static IReadOnlyList<ClusterLink> Attach(List<IReadOnlyList<Guid>> clusters, IReadOnlyList<Guid> nodes, IReadOnlyList<ClusterLink> links,
        ShingleRarity rarity, ClusterOptions options, IReadOnlyDictionary<Guid, IReadOnlySet<string>>? organizations,
        IReadOnlyDictionary<Guid, double>? scores = null)
    {
        var clusterOf = new Dictionary<Guid, int>();
        for (var c = 0; c < clusters.Count; c++)
            foreach (var member in clusters[c])
                clusterOf[member] = c;
        var mixed = new bool[clusters.Count];
        var neighbours = new Dictionary<Guid, HashSet<Guid>>();
        var touching = new HashSet<(int, int)>();
        foreach (var link in links)
        {
            if (link.Kind == ClusterLinkKind.Complainant || !clusterOf.TryGetValue(link.From, out var c)
                || !clusterOf.TryGetValue(link.To, out var other))
                continue;
            if (c != other)
            {
                touching.Add((Math.Min(c, other), Math.Max(c, other)));
                continue;
            }
            mixed[c] = true;
            (CollectionsMarshal.GetValueRefOrAddDefault(neighbours, link.From, out _) ??= []).Add(link.To);
            (CollectionsMarshal.GetValueRefOrAddDefault(neighbours, link.To, out _) ??= []).Add(link.From);
        }
        var behind = Behind(clusterOf, links, rarity, options.AttachMinPeople);

        var cores = Cores(clusters, behind, rarity, options);
        var attached = new List<ClusterLink>();
        var mergedAway = new HashSet<int>();
        if (scores is not null)
        {
            var pieces = new List<(Core Piece, Core Into, double Overlap)>();
            cores.AddRange(ScoredCores(clusters, mixed, behind, cores, scores, rarity, options, pieces,
                (one, other) => touching.Contains((Math.Min(one, other), Math.Max(one, other)))));
            // A piece joins the group whose core it repeats, by one template link between the two cores' hearts.
            foreach (var (piece, into, overlap) in pieces)
            {
                clusters[into.Cluster] = [.. clusters[into.Cluster], .. piece.Members];
                mergedAway.Add(piece.Cluster);
                var from = Heart(piece.Members, neighbours, rarity, into);
                attached.Add(new ClusterLink(from, Closest(from, into.Members, neighbours, rarity), ClusterLinkKind.Template, overlap, null));
            }
        }
        if (cores.Count == 0) // and so no pieces, which repeat a core
            return [];
        var holders = new Dictionary<uint, List<int>>();
        for (var k = 0; k < cores.Count; k++)
            foreach (var shingle in cores[k].Weights.Keys)
                (CollectionsMarshal.GetValueRefOrAddDefault(holders, shingle, out _) ??= []).Add(k);
        var totals = cores.Select(core => core.Weights.Sum(w => w.Value / holders[w.Key].Count)).ToArray();

        // A unit: a complaint in no cluster, a cluster of one person's filings, or a cluster smaller than a core's; and where
        // the scores are known, a piece: a group of other people that no outfit's identifier holds, smaller than a scored
        // core and without a core of its own, that the scores flag (its risk at least AttachFlaggedScore), as the members an
        // outfit coached to file among themselves.
        var withCore = cores.Select(core => core.Cluster).ToHashSet();
        bool IsPiece(int c) => scores is not null && mixed[c] && clusters[c].Count < options.ScoredCoreMinSize && !behind.Contains(c)
                               && !withCore.Contains(c) && !mergedAway.Contains(c) && ClusterRisk.OfScored(clusters[c], scores) >= options.AttachFlaggedScore;
        bool IsPieceUnit(int unitCluster) => unitCluster >= 0 && mixed[unitCluster] && clusters[unitCluster].Count >= options.AttachMinSize;
        var units = nodes.Where(n => !clusterOf.ContainsKey(n)).Select(n => (Cluster: -1, Members: (IReadOnlyList<Guid>)[n]))
            .Concat(Enumerable.Range(0, clusters.Count).Where(c => !mixed[c] || clusters[c].Count < options.AttachMinSize || IsPiece(c))
                .Select(c => (Cluster: c, Members: clusters[c])))
            .ToList();
        var joining = new Dictionary<int, List<(int UnitCluster, IReadOnlyList<Guid> Members, List<(Guid Complaint, double Cover)> Covered)>>();
        var gained = new Dictionary<int, List<Guid>>();
        var emptied = new HashSet<int>(mergedAway);
        var sums = new double[cores.Count];
        var touched = new List<int>();
        foreach (var (unitCluster, members) in units)
        {
            var target = -1;
            var covered = new List<(Guid Complaint, double Cover)>();
            var conflict = false;
            foreach (var member in members)
            {
                if (!rarity.TryGet(member, out var shingles, out var weights, out _))
                    continue;
                foreach (var shingle in shingles)
                    if (holders.TryGetValue(shingle, out var holding))
                        foreach (var k in holding)
                        {
                            if (sums[k] == 0)
                                touched.Add(k);
                            sums[k] += cores[k].Weights[shingle] / holding.Count;
                        }
                var (best, first, second) = (-1, 0.0, 0.0);
                foreach (var k in touched)
                {
                    var cover = sums[k] / totals[k];
                    if (cover > first)
                        (best, first, second) = (k, cover, first);
                    else if (cover > second)
                        second = cover;
                    sums[k] = 0;
                }
                touched.Clear();
                var (coverage, margin) = Flagged(member, scores, options)
                    ? (options.AttachFlaggedCoverage, options.AttachFlaggedMargin)
                    : (options.AttachCoverage, options.AttachMargin);
                if (best < 0 || first < coverage || first < margin * second
                    || OwnShare(shingles, weights, cores[best], options.CoreMinRarity) < options.AttachOwnShare)
                    continue;
                if (target >= 0 && target != best)
                    conflict = true;
                target = best;
                covered.Add((member, first));
            }
            // A piece moves only when half its members or more point to the core.
            if (target < 0 || conflict || (IsPieceUnit(unitCluster) && covered.Count * 2 < members.Count))
                continue;
            var core = cores[target];
            if (organizations is not null && ClusterOptions.BehindOtherOrganizations(Named(members, organizations), Named(core.Members, organizations)))
                continue;
            (CollectionsMarshal.GetValueRefOrAddDefault(joining, target, out _) ??= []).Add((unitCluster, members, covered));
        }

        // A core that more outsiders cover than the group has members is not one outfit's own writing (a channel's
        // boilerplate, a phrase bank many people draw from): nobody joins it. Where the scores are known, the outsiders
        // they flag do not count (an outfit's coached members), unless they come as a repeat complainant's own case (a
        // unit of PersonMinFilings or more that is no piece).
        foreach (var (target, candidates) in joining)
        {
            var core = cores[target];
            var outsiders = candidates.Sum(c => scores is null || (c.Members.Count >= options.PersonMinFilings && !IsPieceUnit(c.UnitCluster))
                ? c.Members.Count
                : c.Members.Count(m => !Flagged(m, scores, options)));
            if (outsiders > options.AttachMaxGrowth * core.Members.Count)
                continue;
            foreach (var (unitCluster, members, covered) in candidates)
            {
                foreach (var (complaint, cover) in covered)
                    attached.Add(new ClusterLink(complaint, Closest(complaint, core.Members, neighbours, rarity), ClusterLinkKind.Template, cover, null));
                (CollectionsMarshal.GetValueRefOrAddDefault(gained, core.Cluster, out _) ??= []).AddRange(members);
                if (unitCluster >= 0)
                    emptied.Add(unitCluster);
            }
        }

        foreach (var (c, more) in gained)
            clusters[c] = [.. clusters[c], .. more];
        foreach (var c in emptied.OrderDescending())
            clusters.RemoveAt(c);
        return attached;
    }

    private sealed record Core(int Cluster, IReadOnlyList<Guid> Members, Dictionary<uint, float> Weights);

    private static bool Flagged(Guid complaint, IReadOnlyDictionary<Guid, double>? scores, ClusterOptions options) =>
        scores is not null && scores.TryGetValue(complaint, out var score) && score >= options.AttachFlaggedScore;

    // Each group behind an outfit, not one person's (no complainant files half of it), with the rare shingles a share of
    // its complainants wrote (each complainant counted once, however many of their texts hold one).
    private static List<Core> Cores(List<IReadOnlyList<Guid>> clusters, HashSet<int> behind, ShingleRarity rarity, ClusterOptions options)
    {
        var cores = new List<Core>();
        foreach (var c in behind.Order())
        {
            var members = clusters[c];
            if (members.Count < options.AttachMinSize)
                continue;
            var byOwner = new Dictionary<long, HashSet<uint>>();
            var weights = new Dictionary<uint, float>();
            var filings = new Dictionary<long, int>();
            foreach (var member in members)
            {
                if (!rarity.TryGet(member, out var shingles, out var weight, out var owner))
                    continue;
                CollectionsMarshal.GetValueRefOrAddDefault(filings, owner, out _)++;
                var own = CollectionsMarshal.GetValueRefOrAddDefault(byOwner, owner, out _) ??= [];
                for (var i = 0; i < shingles.Length; i++)
                    if (weight[i] >= options.CoreMinRarity && own.Add(shingles[i]))
                        weights[shingles[i]] = weight[i];
            }
            if (filings.Count == 0 || filings.Values.Max() * 2 >= members.Count || filings.Count < options.CoreMinPeopleShare * members.Count)
                continue;
            var needed = Math.Max(2, options.CoreShare * byOwner.Count);
            var counts = new Dictionary<uint, int>();
            foreach (var own in byOwner.Values)
                foreach (var shingle in own)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, shingle, out _)++;
            var core = counts.Where(s => s.Value >= needed).ToDictionary(s => s.Key, s => weights[s.Key]);
            if (core.Count > 0)
                cores.Add(new Core(c, members, core));
        }
        return cores;
    }

    // The clusters with an outfit's identifier (agent phone, organisation, device, e-mail) shared inside them by at least
    // minPeople complainants.
    internal static HashSet<int> Behind(IReadOnlyDictionary<Guid, int> clusterOf, IEnumerable<ClusterLink> links, ShingleRarity? rarity, int minPeople) =>
        SharedBy(clusterOf, links, rarity, Outfit).Where(o => o.Value.Count >= minPeople).Select(o => o.Key.Cluster).ToHashSet();

    // Who shares each identifier of the given kinds inside each cluster, through the links between its members: the
    // complainants (each counted once, by their owner key where the corpus's texts know it).
    internal static Dictionary<(int Cluster, string Hash), HashSet<long>> SharedBy(IReadOnlyDictionary<Guid, int> clusterOf, IEnumerable<ClusterLink> links,
        ShingleRarity? rarity, IReadOnlySet<ClusterLinkKind> kinds)
    {
        var outfits = new Dictionary<(int Cluster, string Hash), HashSet<long>>();
        foreach (var link in links)
        {
            if (!kinds.Contains(link.Kind) || link.IdentifierHash is null || !clusterOf.TryGetValue(link.From, out var c)
                || !clusterOf.TryGetValue(link.To, out var other) || c != other)
                continue;
            ref var people = ref CollectionsMarshal.GetValueRefOrAddDefault(outfits, (c, link.IdentifierHash), out _);
            people ??= [];
            foreach (var end in (ReadOnlySpan<Guid>)[link.From, link.To])
                if (rarity is null)
                    people.Add(BitConverter.ToInt64(end.ToByteArray()));
                else if (rarity.TryGet(end, out _, out _, out var owner))
                    people.Add(owner);
        }
        return outfits;
    }

    // The groups of other people that the members' scores flag strongly, with no outfit's identifier behind them; each one's
    // core counts unless it repeats a core already counted (the overlap of the two, over the smaller one's rarity), and one
    // that repeats it by ScoredCoreMergeOverlap is a piece of that group (pieces). The risk counts the members scored
    // (ClusterRisk.OfScored). A piece is linked to its group (some link between the two, so within the horizon of each
    // other): an outfit's filings a season apart stay apart.
    private static List<Core> ScoredCores(List<IReadOnlyList<Guid>> clusters, bool[] mixed, HashSet<int> behind, List<Core> found,
        IReadOnlyDictionary<Guid, double> scores, ShingleRarity rarity, ClusterOptions options, List<(Core Piece, Core Into, double Overlap)> pieces,
        Func<int, int, bool> linked)
    {
        var flagged = Enumerable.Range(0, clusters.Count)
            .Where(c => mixed[c] && !behind.Contains(c) && clusters[c].Count >= options.ScoredCoreMinSize
                        && ClusterRisk.OfScored(clusters[c], scores) >= options.ScoredCoreMinRisk)
            .ToHashSet();
        var kept = new List<Core>();
        foreach (var core in Cores(clusters, flagged, rarity, options))
        {
            var (other, overlap) = found.Concat(kept).Select(o => (Other: o, Overlap: Overlap(core, o)))
                .OrderByDescending(o => o.Overlap).FirstOrDefault();
            if (other is null || overlap < options.ScoredCoreMaxOverlap)
                kept.Add(core);
            else if (overlap >= options.ScoredCoreMergeOverlap && linked(core.Cluster, other.Cluster))
                pieces.Add((core, other, overlap));
        }
        return kept;
    }

    // The member of a piece (one linked to two others, where there is one) whose rare content the core it repeats holds most of.
    private static Guid Heart(IReadOnlyList<Guid> members, Dictionary<Guid, HashSet<Guid>> neighbours, ShingleRarity rarity, Core into)
    {
        var linked = members.Where(m => neighbours.GetValueOrDefault(m)?.Count >= 2).ToList();
        return (linked.Count > 0 ? linked : members).MaxBy(m =>
            rarity.TryGet(m, out var shingles, out var weights, out _) ? OwnShare(shingles, weights, into, 0) : 0);
    }

    private static double Overlap(Core one, Core other)
    {
        var shared = 0.0;
        foreach (var (shingle, weight) in one.Weights)
            if (other.Weights.TryGetValue(shingle, out var theirs))
                shared += Math.Min(weight, theirs);
        return shared / Math.Min(one.Weights.Values.Sum(w => (double)w), other.Weights.Values.Sum(w => (double)w));
    }

    // How much of the rare content of a complaint's text the core holds: a coached member's text is mostly the template;
    // an honest complaint that only shares a channel's wrapper with an outfit's filings tells its own story besides.
    private static double OwnShare(uint[] shingles, float[] weights, Core core, float minRarity)
    {
        var (held, rare) = (0.0, 0.0);
        for (var i = 0; i < shingles.Length; i++)
        {
            if (weights[i] < minRarity)
                continue;
            rare += weights[i];
            if (core.Weights.ContainsKey(shingles[i]))
                held += weights[i];
        }
        return rare == 0 ? 0 : held / rare;
    }

    private static HashSet<string> Named(IEnumerable<Guid> members, IReadOnlyDictionary<Guid, IReadOnlySet<string>> organizations) =>
        members.SelectMany(m => organizations.GetValueOrDefault(m) ?? (IEnumerable<string>)[]).ToHashSet(StringComparer.Ordinal);

    // Of the group's core members (linked to two or more complaints of other people in it), the one whose text shares the
    // most rare content with the complaint's: the link an analyst sees, to the heart of the group, not to a stray of it.
    private static Guid Closest(Guid complaint, IReadOnlyList<Guid> members, Dictionary<Guid, HashSet<Guid>> neighbours, ShingleRarity rarity)
    {
        var core = members.Where(m => neighbours.GetValueOrDefault(m)?.Count >= 2).ToList();
        return (core.Count > 0 ? core : members).MaxBy(m => rarity.Compare(complaint, m).Shared);
    }
}
