using System.Runtime.InteropServices;

namespace Triage.Signals.Clusters;

// Inside each group, the filings that links other than text join: a person's own filings, an outfit's members behind
// its agent phone or company. The last steps of hindsight clustering (RepeatFilersApart, TimesApart) take groups apart
// along them, never through one.
internal sealed class LinkedSets
{
    private readonly Dictionary<Guid, int> number = [];
    private readonly UnionFind linked;

    public LinkedSets(IReadOnlyList<IReadOnlyList<Guid>> clusters, IEnumerable<ClusterLink> links)
    {
        var clusterOf = new Dictionary<Guid, int>();
        for (var c = 0; c < clusters.Count; c++)
            foreach (var member in clusters[c])
            {
                clusterOf[member] = c;
                number[member] = number.Count;
            }
        linked = new UnionFind(number.Count);
        foreach (var link in links)
            if (link.Kind != ClusterLinkKind.Template && clusterOf.TryGetValue(link.From, out var c) && clusterOf.TryGetValue(link.To, out var other)
                && c == other)
                linked.Union(number[link.From], number[link.To]);
    }

    // The linked sets of one of the groups given, by their root, each in the group's order.
    public Dictionary<int, List<Guid>> Of(IReadOnlyList<Guid> cluster)
    {
        var sets = new Dictionary<int, List<Guid>>();
        foreach (var member in cluster)
            (CollectionsMarshal.GetValueRefOrAddDefault(sets, linked.Find(number[member]), out _) ??= []).Add(member);
        return sets;
    }
}
