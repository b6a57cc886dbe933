using Triage.Complaints;
using Triage.Contracts;
using Triage.Routing;
using Triage.Scoring.Clusters;
using Triage.Signals.Clusters;

namespace Triage.Rescoring;

// Each touched cluster after the moves, from its members' figures read again: its size, risk and flag (an open cluster
// is flagged when it meets the limits, and loses its flag when it no longer does; a decided cluster keeps its analyst's
// verdict), merged into the one cluster that took all its members when it is emptied, and what is published about
// it (ClusterFlagged when the flag is raised, ClusterUpdated when members came or went or the flag changed). A cluster
// whose figures, flag and members did not change is left alone.
public sealed class HindsightClusterUpdates
{
    private const double RiskTolerance = 1e-9;

    private HindsightClusterUpdates(List<ClusterUpdate> updates, List<ClusterUpdated> updated, List<ClusterFlagged> flagged)
    {
        Updates = updates;
        Updated = updated;
        Flagged = flagged;
    }

    public IReadOnlyList<ClusterUpdate> Updates { get; }

    public IReadOnlyList<ClusterUpdated> Updated { get; }

    public IReadOnlyList<ClusterFlagged> Flagged { get; }

    // The clusters whose flag was raised or lowered: all their members are routed again.
    public IReadOnlyList<string> FlagChanged => Updated.Where(u => u.Suspect != u.WasSuspect).Select(u => u.ClusterId).ToList();

    public int Raised => Updated.Count(u => u.Suspect && !u.WasSuspect);

    public int Lowered => Updated.Count(u => !u.Suspect && u.WasSuspect);

    // before: the stored clusters as read under the lock (the moves' new clusters are not among them: they start open
    // and empty); figures: the touched clusters' members as they stand after the moves (none for an emptied cluster).
    public static HindsightClusterUpdates Decide(HindsightClusterMoves moves, IReadOnlyDictionary<string, ClusterRow> before,
        IReadOnlyDictionary<string, ClusterFigures> figures, ClusterOptions options, Guid runId, DateTimeOffset now)
    {
        var created = moves.Created.ToHashSet(StringComparer.Ordinal);
        var updates = new List<ClusterUpdate>();
        var updated = new List<ClusterUpdated>();
        var flagged = new List<ClusterFlagged>();
        foreach (var id in moves.Touched)
        {
            var was = created.Contains(id) ? new ClusterRow { Id = id, Status = ClusterState.Open, CreatedAt = now } : before[id];
            var after = figures.GetValueOrDefault(id);
            var (size, risk) = after is null ? (0, 0.0) : ((int)after.Size, after.Risk ?? 0);
            var wasSuspect = was.Suspect;
            var suspect = was.Status == ClusterState.Open ? size > 0 && options.IsFlagged(size, risk) : wasSuspect;
            var gained = moves.Joined.GetValueOrDefault(id) ?? [];
            var lost = moves.Left.GetValueOrDefault(id) ?? [];
            var mergedInto = size == 0 ? moves.MergedInto(lost) : null;
            if (size == was.Size && Math.Abs(risk - was.Risk) < RiskTolerance && suspect == wasSuspect && gained.Count == 0 && lost.Count == 0)
                continue;
            updates.Add(new ClusterUpdate(id, size, risk, suspect, after?.First, after?.Last, mergedInto));
            if (suspect && !wasSuspect)
                flagged.Add(new ClusterFlagged(id, size, risk, now));
            if (suspect != wasSuspect || gained.Count > 0 || lost.Count > 0)
                updated.Add(new ClusterUpdated(id, size, risk, suspect, wasSuspect, gained, lost, mergedInto, runId, now));
        }
        return new HindsightClusterUpdates(updates, updated, flagged);
    }
}
