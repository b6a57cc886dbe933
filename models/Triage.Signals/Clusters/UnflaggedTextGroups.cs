using System.Runtime.InteropServices;
using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// The last step of hindsight clustering, where the complaints' scores are known: a group of several people that nothing
// but shared text holds together (no agent phone, organisation, device or e-mail shared by AttachMinPeople of its
// complainants) and that its members' scores do not flag is not kept as a group. Honest people who tell one story in
// the same words (a scam call many of them received, a sentence a desk types for everyone) share text and a topic,
// not an outfit; their group routes nobody, yet its members would carry its id as if they were one. What
// identifiers link inside it stays together (each person's own filings, under one key or several). A group its scores
// flag, or one behind an outfit's identifier, is kept whatever its members scored.
internal static class UnflaggedTextGroups
{
    private static readonly IReadOnlySet<ClusterLinkKind> Personal = new HashSet<ClusterLinkKind> { ClusterLinkKind.ComplainantPhone, ClusterLinkKind.CustomerId };

    // Replaces each released group by the filings its identifiers link (two or more: one person's own, under one key or
    // several, or two people on one phone or device); returns how many groups were released. A complainant's phone or
    // customer id that AttachMinPeople complainants give inside the group (a branch's desk phone written down for every
    // walk-in customer) is nobody's own and holds nobody together; an outfit's would have kept the group (Behind).
    public static int Release(List<IReadOnlyList<Guid>> clusters, IEnumerable<ClusterLink> links, IReadOnlyDictionary<Guid, double> scores,
        ShingleRarity? rarity, ClusterOptions options)
    {
        var clusterOf = new Dictionary<Guid, int>();
        for (var c = 0; c < clusters.Count; c++)
            foreach (var member in clusters[c])
                clusterOf[member] = c;
        var all = links as IReadOnlyCollection<ClusterLink> ?? links.ToList();
        var behind = CoreAttachment.Behind(clusterOf, all, rarity, options.AttachMinPeople);
        var candidates = Enumerable.Range(0, clusters.Count)
            .Where(c => !behind.Contains(c)
                        && !options.IsFlagged(clusters[c].Count, ClusterRisk.OfScored(clusters[c], scores)))
            .ToList();
        var number = new Dictionary<Guid, int>();
        foreach (var c in candidates)
            foreach (var member in clusters[c])
                number[member] = number.Count;
        var desks = CoreAttachment.SharedBy(clusterOf, all, rarity, Personal)
            .Where(s => s.Value.Count >= options.AttachMinPeople).Select(s => s.Key).ToHashSet();
        var persons = new UnionFind(number.Count);
        foreach (var link in all)
            if (link.Kind != ClusterLinkKind.Template && number.TryGetValue(link.From, out var a) && number.TryGetValue(link.To, out var b)
                && clusterOf[link.From] == clusterOf[link.To]
                && !(link.IdentifierHash is { } hash && desks.Contains((clusterOf[link.From], hash))))
                persons.Union(a, b);
        // Filings that identifiers link all together are not a group that text holds.
        var released = candidates.Where(c => clusters[c].Select(m => persons.Find(number[m])).Distinct().Count() >= 2).ToHashSet();
        if (released.Count == 0)
            return 0;
        var own = new Dictionary<int, List<Guid>>();
        foreach (var c in released.Order())
            foreach (var member in clusters[c])
                (CollectionsMarshal.GetValueRefOrAddDefault(own, persons.Find(number[member]), out _) ??= []).Add(member);
        var kept = clusters.Where((_, c) => !released.Contains(c)).ToList();
        clusters.Clear();
        clusters.AddRange(kept);
        clusters.AddRange(own.Values.Where(filings => filings.Count >= 2));
        return released.Count;
    }
}
