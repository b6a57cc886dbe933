using Triage.Signals.Clusters;

namespace Triage.Rescoring;

// A HindsightClusterPlan made concrete, before anything is written: each moved complaint's target (the plan's new
// clusters under the ids they were given), the complaints each cluster gains and loses, the clusters whose figures
// change or may change (the stored clusters of the window's complaints that stay, and every cluster gained or lost
// from), and the hindsight links that explain the moved complaints' clusters.
public sealed class HindsightClusterMoves
{
    private readonly IReadOnlyDictionary<Guid, string?> _stored;

    private HindsightClusterMoves(Dictionary<Guid, string?> targets, IReadOnlyList<string> created, Dictionary<string, List<Guid>> joined,
        Dictionary<string, List<Guid>> left, IReadOnlyList<string> touched, IReadOnlyDictionary<Guid, string?> stored)
    {
        Targets = targets;
        Created = created;
        Joined = joined;
        Left = left;
        Touched = touched;
        _stored = stored;
    }

    // Complaint → the cluster it goes to (a stored one or a new one), or null when it leaves its cluster for none.
    public IReadOnlyDictionary<Guid, string?> Targets { get; }

    // The ids of the plan's new clusters, in the plan's order.
    public IReadOnlyList<string> Created { get; }

    public IReadOnlyDictionary<string, List<Guid>> Joined { get; }

    public IReadOnlyDictionary<string, List<Guid>> Left { get; }

    // The clusters whose size, risk and flag are worked out again once the moves are written.
    public IReadOnlyList<string> Touched { get; }

    public static HindsightClusterMoves Place(HindsightClusterPlan plan, IReadOnlyList<string> newIds, IReadOnlySet<Guid> window,
        IReadOnlyDictionary<Guid, string?> stored)
    {
        if (newIds.Count != plan.NewClusters.Count)
            throw new ArgumentException($"{plan.NewClusters.Count} new clusters, {newIds.Count} ids", nameof(newIds));
        var targets = plan.Moves.ToDictionary(m => m.Key, m => m.Value);
        for (var i = 0; i < newIds.Count; i++)
            foreach (var member in plan.NewClusters[i])
                targets[member] = newIds[i];
        var joined = targets.Where(t => t.Value is not null).GroupBy(t => t.Value!).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var left = targets.Where(t => stored.GetValueOrDefault(t.Key) is not null).GroupBy(t => stored[t.Key]!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList());
        var touched = stored.Where(s => window.Contains(s.Key) && !targets.ContainsKey(s.Key)).Select(s => s.Value).OfType<string>()
            .Concat(joined.Keys).Concat(left.Keys).Distinct().ToList();
        return new HindsightClusterMoves(targets, newIds, joined, left, touched, stored);
    }

    // A moved complaint's stored links are replaced by its hindsight links to the members of its new cluster, so the
    // analyst's page explains the cluster as it now stands.
    public List<ClusterLink> Relinked(IEnumerable<ClusterLink> links)
    {
        string? ClusterOf(Guid id) => Targets.TryGetValue(id, out var target) ? target : _stored.GetValueOrDefault(id);
        return links.Where(l => (Targets.ContainsKey(l.From) || Targets.ContainsKey(l.To)) && ClusterOf(l.From) is { } cluster && cluster == ClusterOf(l.To))
            .ToList();
    }

    // The one cluster that took every complaint a cluster lost, when one did (an emptied cluster is merged into it).
    public string? MergedInto(IReadOnlyList<Guid> lost) =>
        lost.Count > 0 && lost.Select(l => Targets[l]).Distinct().ToList() is [{ } only] ? only : null;
}
