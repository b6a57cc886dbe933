namespace Triage.Signals.Clusters;

// Clusters of a whole corpus at once (hindsight): connected components of the links, strongest links joined first,
// and a union that would pass the size limit refused, so the weakest links give way rather than a giant component.
public sealed class ClusterBuilder(ClusterOptions options)
{
    public ClusterPartition Build(IReadOnlyList<Guid> complaints, IEnumerable<ClusterLink> links)
    {
        var index = new Dictionary<Guid, int>(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
            index[complaints[i]] = i;
        var sets = new UnionFind(complaints.Count);
        var refused = 0;
        // Strongest first, ties in the order given (as a stable OrderBy would, without its cost on millions of links).
        var all = links as ClusterLink[] ?? links.ToArray();
        var order = new int[all.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var stronger = ClusterLink.StrongestFirst.Compare(all[x], all[y]);
            return stronger != 0 ? stronger : x.CompareTo(y);
        });
        foreach (var link in order.Select(i => all[i]))
        {
            if (!index.TryGetValue(link.From, out var a) || !index.TryGetValue(link.To, out var b) || sets.Find(a) == sets.Find(b))
                continue;
            if (!options.CanJoin(link, sets.SizeOf(a), sets.SizeOf(b)))
                continue;
            if (sets.SizeOf(a) + sets.SizeOf(b) > options.MaxSize)
            {
                refused++;
                continue;
            }
            sets.Union(a, b);
        }
        var components = new Dictionary<int, List<Guid>>();
        for (var i = 0; i < complaints.Count; i++)
        {
            if (sets.SizeOf(i) < 2)
                continue;
            var root = sets.Find(i);
            if (!components.TryGetValue(root, out var members))
                components[root] = members = [];
            members.Add(complaints[i]);
        }
        return new ClusterPartition(components.Values.ToList(), refused);
    }
}
