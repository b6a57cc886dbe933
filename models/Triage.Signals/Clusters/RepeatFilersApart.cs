using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// The last step of hindsight clustering: a group that a few professional repeat complainants fill, each with their own
// filings and nothing but text between them, is several cases, not an outfit. Such people write every filing afresh
// from one stock of grievances ("你们的APP偷偷读取我的通讯录", "还没到还款日就把钱扣了"), so two of them share a sentence
// or two, and with dozens of filings each, enough pairs of their filings resemble each other to join them; yet no phone,
// ID, device or e-mail of one is the other's. Inside a group, the filings that its identifiers link are a linked set;
// one is a person's own when it holds at most PersonMaxComplainants complainants (a person and the relatives whose IDs
// they file under) and one name signs more than half of it and at least PersonMinFilings filings (an outfit's agent
// phone links its many members into one set of many complainants and names; one that hands its members' phones around
// links a few of them, each signing their own name). A group where two or more people's own sets hold PeopleHeldShare
// of its filings, and whose people do not copy each other's texts (the median template link between two sets below
// CopySimilarity: an outfit that has its members file its template again and again sends the template each time), is
// taken apart into its linked sets (those of two or more filings stay groups). Chosen on seeds 303 and 505
// (docs/signals.md, "Repeat complainants who write from one stock").
internal static class RepeatFilersApart
{
    // Replaces each group so held by its linked sets of two or more filings; returns how many groups were taken apart.
    public static int Release(List<IReadOnlyList<Guid>> clusters, IEnumerable<ClusterLink> links, ShingleRarity rarity, ClusterOptions options)
    {
        var all = links as IReadOnlyCollection<ClusterLink> ?? links.ToList();
        var linked = new LinkedSets(clusters, all);
        var apart = new List<(int Cluster, List<List<Guid>> Sets)>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var sets = linked.Of(clusters[c]);
            if (sets.Count < 2)
                continue;
            var people = sets.Values.Where(set => IsOnePerson(set, rarity, options)).ToList();
            if (people.Count >= 2 && people.Sum(p => p.Count) >= options.PeopleHeldShare * clusters[c].Count
                && !CopyEachOther(sets, all, options))
                apart.Add((c, sets.Values.ToList()));
        }
        if (apart.Count == 0)
            return 0;
        var taken = apart.Select(a => a.Cluster).ToHashSet();
        var kept = clusters.Where((_, c) => !taken.Contains(c)).ToList();
        var linkedSets = apart.SelectMany(a => a.Sets).ToList();
        Gather(linkedSets, kept, all);
        clusters.Clear();
        clusters.AddRange(kept);
        clusters.AddRange(linkedSets.Where(set => set.Count >= 2));
        return apart.Count;
    }

    // A person's filings that are in no group join their set, through the person's own identifiers (their complainant
    // key, phone or customer id; not a device or e-mail another person may share): one of them that text had paired
    // with another of the group's people, and that pair was not kept, comes back to its person.
    private static readonly IReadOnlySet<ClusterLinkKind> Own = new HashSet<ClusterLinkKind>
    {
        ClusterLinkKind.Complainant, ClusterLinkKind.ComplainantPhone, ClusterLinkKind.CustomerId,
    };

    private static void Gather(List<List<Guid>> sets, List<IReadOnlyList<Guid>> kept, IReadOnlyCollection<ClusterLink> links)
    {
        var grouped = kept.SelectMany(c => c).ToHashSet();
        var setOf = new Dictionary<Guid, int>();
        for (var i = 0; i < sets.Count; i++)
            foreach (var member in sets[i])
                setOf[member] = i;
        for (var added = true; added;)
        {
            added = false;
            foreach (var link in links)
            {
                if (!Own.Contains(link.Kind))
                    continue;
                var (inSet, other) = setOf.TryGetValue(link.From, out var i) ? (i, link.To) : setOf.TryGetValue(link.To, out i) ? (i, link.From) : (-1, default);
                if (inSet < 0 || setOf.ContainsKey(other) || grouped.Contains(other))
                    continue;
                sets[inSet].Add(other);
                setOf[other] = inSet;
                added = true;
            }
        }
    }

    // Whether the people of a group copy each other's texts: the median template link between two of its linked sets is at
    // least ClusterOptions.CopySimilarity. An outfit that has its members file again and again sends its template each time.
    private static bool CopyEachOther(Dictionary<int, List<Guid>> sets, IReadOnlyCollection<ClusterLink> links, ClusterOptions options)
    {
        var setOf = new Dictionary<Guid, int>();
        foreach (var (root, set) in sets)
            foreach (var member in set)
                setOf[member] = root;
        var between = links.Where(l => l.Kind == ClusterLinkKind.Template && setOf.TryGetValue(l.From, out var a) && setOf.TryGetValue(l.To, out var b) && a != b)
            .Select(l => l.Strength).Order().ToList();
        return between.Count > 0 && between[between.Count / 2] >= options.CopySimilarity;
    }

    // Whether a linked set is one person's own filings: at most PersonMaxComplainants complainant keys (a person and the
    // relatives whose IDs they file under), and one name that signs more than half of them and at least PersonMinFilings.
    // An outfit that hands its members' phones around links a few of them into one set, but each signs their own name.
    private static bool IsOnePerson(List<Guid> set, ShingleRarity rarity, ClusterOptions options)
    {
        if (set.Count < options.PersonMinFilings || Complainants(set, rarity) > options.PersonMaxComplainants)
            return false;
        var signed = set.Select(rarity.NameOf).Where(name => name != 0).GroupBy(name => name).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        return signed * 2 > set.Count && signed >= options.PersonMinFilings;
    }

    // The complainant keys of a linked set (each complaint its own where the corpus's texts do not know it).
    private static int Complainants(List<Guid> set, ShingleRarity rarity) =>
        set.Select(m => rarity.TryGet(m, out _, out _, out var owner) ? owner : BitConverter.ToInt64(m.ToByteArray())).Distinct().Count();
}
