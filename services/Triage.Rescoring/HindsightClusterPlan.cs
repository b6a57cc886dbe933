using Triage.Routing;

namespace Triage.Rescoring;

// Where each complaint of a rescoring window belongs once its clusters are recomputed in hindsight, given where the
// online clustering put it. Stored clusters keep their ids: each hindsight component goes to the stored cluster that
// already holds most of its members (ties to the older), a stored cluster is home to one component at most, and a
// component that matches none becomes a new cluster. Analysts' decisions stand: a member of a confirmed or dismissed
// cluster stays where it is, and a dismissed cluster takes nobody in. Only complaints of the window move; complaints
// of the context around it are read for their links and keep their clusters.
public sealed class HindsightClusterPlan
{
    private HindsightClusterPlan(Dictionary<Guid, string?> moves, List<IReadOnlyList<Guid>> newClusters)
    {
        Moves = moves;
        NewClusters = newClusters;
    }

    // Complaint → the stored cluster it moves to, or null when it leaves its cluster for none.
    public IReadOnlyDictionary<Guid, string?> Moves { get; }

    // Groups of complaints that form a cluster no stored one matches.
    public IReadOnlyList<IReadOnlyList<Guid>> NewClusters { get; }

    public int MovedCount => Moves.Count + NewClusters.Sum(c => c.Count);

    public static HindsightClusterPlan Build(IReadOnlyList<IReadOnlyList<Guid>> components, IReadOnlySet<Guid> window,
        IReadOnlyDictionary<Guid, string?> stored, IReadOnlyDictionary<string, StoredCluster> clusters)
    {
        bool Decided(string? cluster) => cluster is not null && clusters.TryGetValue(cluster, out var c) && c.Status != ClusterState.Open;
        string? StoredOf(Guid complaint) => stored.GetValueOrDefault(complaint);

        var moves = new Dictionary<Guid, string?>();
        var newClusters = new List<IReadOnlyList<Guid>>();
        var homes = new HashSet<string>(StringComparer.Ordinal);
        var inComponent = new HashSet<Guid>();
        // Largest components choose first; equal sizes in the order of their smallest member, so a run is repeatable.
        foreach (var component in components.OrderByDescending(c => c.Count).ThenBy(c => c.Min()))
        {
            inComponent.UnionWith(component);
            var home = component.Select(StoredOf).OfType<string>()
                .Where(c => clusters.TryGetValue(c, out var row) && row.Status != ClusterState.Dismissed && !homes.Contains(c))
                .GroupBy(c => c, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => clusters[g.Key].CreatedAt).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).FirstOrDefault();
            // Unclustered members and members of other undecided clusters; with no home, all of them form a new cluster.
            var movable = component.Where(m => window.Contains(m) && (home is null || StoredOf(m) != home) && !Decided(StoredOf(m))).ToList();
            if (home is null)
            {
                if (movable.Count >= 2)
                    newClusters.Add(movable);
                continue;
            }
            homes.Add(home);
            foreach (var member in movable)
                moves[member] = home;
        }
        // A window complaint that links to nobody in hindsight leaves the cluster the online view put it in.
        foreach (var complaint in window)
            if (!inComponent.Contains(complaint) && StoredOf(complaint) is { } cluster && !Decided(cluster))
                moves[complaint] = null;
        return new HindsightClusterPlan(moves, newClusters);
    }

    public sealed record StoredCluster(string Id, string Status, bool Suspect, DateTimeOffset CreatedAt);
}
