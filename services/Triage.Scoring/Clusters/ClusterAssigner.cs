using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Signals.Clusters;
using Triage.Storage;
using Triage.Complaints;

namespace Triage.Scoring.Clusters;

// Incremental clustering inside the scoring transaction, by the rules of the hindsight build (CohesiveGrowth). The
// complaint's links are applied strongest first, links to other people before its own earlier filings: it joins the
// clusters it links to (a template only with enough of their members), unclustered complaints it links to join with it,
// and clusters it joins merge into the oldest of them. A union that would pass the size limit is refused (the nightly
// recomputation splits instead), and a dismissed cluster pulls nothing in.
public sealed class ClusterAssigner(Database database, ClusterOptions options, TimeProvider clock, ILogger<ClusterAssigner> logger)
{
    // Lock what the links touch before the complaint's own row is written (the same order in every transaction),
    // then look again: a cluster may have formed or merged while we waited.
    // A batch passes one ClusterLocks for its whole transaction, having locked everything its links touch up front.
    public async Task<ClusterMembership> LockAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, IReadOnlyList<ClusterLink> links,
        ClusterLocks? locks = null, CancellationToken cancellationToken = default)
    {
        var membership = await LockMembersAsync(connection, transaction, links.Select(l => l.To).Append(complaintId).Distinct().ToList(),
            locks ?? new ClusterLocks(database), cancellationToken);
        return new ClusterMembership(complaintId, links, membership);
    }

    // The clusters (or lone complaints) of these complaints, locked in one fixed order.
    public async Task<Dictionary<Guid, string?>> LockMembersAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Guid> ids, ClusterLocks locks, CancellationToken cancellationToken)
    {
        Dictionary<Guid, string?> membership;
        do
            membership = await MembershipAsync(connection, transaction, ids, cancellationToken);
        while (await locks.AcquireAsync(connection, transaction,
                   membership.Select(m => m.Value is { } c ? ClusterLocks.ForCluster(c) : ClusterLocks.ForComplaint(m.Key)), cancellationToken));
        return membership;
    }

    // One complaint, claimed in this transaction with this score, under the locks LockAsync took.
    public async Task<ClusterAssignment> AssignAsync(DbConnection connection, DbTransaction transaction, ClusterMembership locked, double score,
        CancellationToken cancellationToken) =>
        (await AssignAsync(connection, transaction, [new ClusterCandidate(locked.ComplaintId, locked.Links, score)], locked.Members, cancellationToken))[0];

    // Complaints claimed in this transaction, placed one after another in this order as if each had its own transaction:
    // the locked clusters are read once (LockedClusters), the rules run in memory, and the result is written in one
    // command, whatever the number of complaints. `locked` is what LockMembersAsync locked: every complaint the
    // candidates' links reach, and the candidates themselves.
    public async Task<IReadOnlyList<ClusterAssignment>> AssignAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ClusterCandidate> candidates,
        IReadOnlyDictionary<Guid, string?> locked, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
            return [];
        var state = await LockedClusters.ReadAsync(connection, transaction, database, locked, cancellationToken);
        foreach (var candidate in candidates)
            state.Unscore(candidate.ComplaintId);
        var now = clock.GetUtcNow();
        var assignments = new List<ClusterAssignment>(candidates.Count);
        foreach (var candidate in candidates)
        {
            state.Score(candidate.ComplaintId, candidate.Score);
            assignments.Add(Assign(state, candidate.ComplaintId, candidate.Links, now));
        }
        await state.WriteAsync(connection, transaction, database, now, cancellationToken);
        return assignments;
    }

    private ClusterAssignment Assign(LockedClusters state, Guid complaintId, IReadOnlyList<ClusterLink> links, DateTimeOffset now)
    {
        // The rules of CohesiveGrowth, one complaint at a time: links to other people first, a template joins a cluster
        // only when the complaint resembles enough of its members, and the person's own earlier filings last, never
        // joining two clusters of other people. Online a cluster cannot be split: a union past MaxSize is refused.
        var own = state.Component(complaintId);
        var joined = new HashSet<string> { own };
        var size = state.SizeOf(own);
        var joinedMixed = state.Mixed(own);
        var organizations = new HashSet<string>(state.Organizations(own), StringComparer.Ordinal);
        var resembled = new Dictionary<string, List<ClusterLink>>();
        var accepted = new List<ClusterLink>();
        var refused = 0;
        foreach (var link in links.Where(l => state.Exists(l.To)).OrderBy(l => l.Kind == ClusterLinkKind.Complainant))
        {
            var other = state.Component(link.To);
            if (joined.Contains(other))
            {
                accepted.Add(link);
                continue;
            }
            if (state.Dismissed(other) || joined.Any(state.Dismissed))
                continue;
            if (!options.CanJoin(link, size, state.SizeOf(other)))
                continue;
            var because = new List<ClusterLink> { link };
            if (link.Kind == ClusterLinkKind.Template)
            {
                if (ClusterOptions.BehindOtherOrganizations(organizations, state.Organizations(other)))
                    continue;
                if (!resembled.TryGetValue(other, out because))
                    resembled[other] = because = [];
                because.Add(link);
                if (because.Select(l => l.To).Distinct().Count() < options.RequiredSupport(size, state.SizeOf(other)))
                    continue;
            }
            else if (link.Kind == ClusterLinkKind.Complainant && joinedMixed && state.Mixed(other))
                continue;
            if (size + state.SizeOf(other) > options.MaxSize)
            {
                refused++;
                continue;
            }
            joined.Add(other);
            organizations.UnionWith(state.Organizations(other));
            size += state.SizeOf(other);
            joinedMixed |= link.Kind != ClusterLinkKind.Complainant || state.Mixed(other);
            accepted.AddRange(because);
        }
        if (refused > 0)
            logger.LogWarning("{Refused} links of complaint {ComplaintId} gave way: joining would have made a cluster of more than {MaxSize}",
                refused, complaintId, options.MaxSize);

        var existing = joined.Select(state.ClusterOf).OfType<LockedClusters.Cluster>()
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (existing.Count == 0 && joined.Count == 1)
            return ClusterAssignment.None;

        var survivor = existing.FirstOrDefault() ?? state.Create(now);
        var wasSuspect = existing.FirstOrDefault()?.Suspect == true;
        var singles = joined.Where(c => state.ClusterOf(c) is null).Select(c => ClusterLocks.ComplaintOf(c)!.Value).ToList();
        // Complaints stored before this one that now join the survivor: loose filings and the absorbed clusters' members.
        var moved = singles.Where(id => id != complaintId).Concat(existing.Skip(1).SelectMany(c => c.Members)).ToList();
        foreach (var single in singles)
            state.Join(survivor, single);
        foreach (var absorbed in existing.Skip(1))
            state.Merge(survivor, absorbed);
        if (existing.Skip(1).Any(c => c.Status == ClusterStatus.Confirmed) && survivor.Status == ClusterStatus.Open)
            survivor.Status = ClusterStatus.Confirmed;
        state.Link(survivor, accepted);

        // Size, risk and span from the members as they now stand; the flag is raised once: when the limits are first
        // met, or when a suspect cluster is merged into this one.
        var (members, risk, first, last) = state.Figures(survivor);
        var raise = !wasSuspect && survivor.Status != ClusterStatus.Dismissed && (existing.Skip(1).Any(c => c.Suspect) || options.IsFlagged(members, risk));
        survivor.Size = members;
        survivor.Risk = risk;
        survivor.First = first;
        survivor.Last = last;
        survivor.Changed = true;
        // Written by ClusterUpdates, which stamps the flag's time when it is raised.
        survivor.Suspect |= raise;
        // Raised, the flag moves every member; otherwise the moved complaints, routed before they met a cluster that is
        // suspect or decided, are routed again (each route depends on its cluster, whichever complaint came first).
        if (raise)
            return new ClusterAssignment(survivor.Id, new ClusterFlagged(survivor.Id, members, risk, now));
        var routedByCluster = survivor.Suspect || survivor.Status != ClusterStatus.Open;
        return new ClusterAssignment(survivor.Id, null, routedByCluster && moved.Count > 0 ? new ClusterJoined(survivor.Id, moved, now) : null);
    }

    private async Task<Dictionary<Guid, string?>> MembershipAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<MemberRow>(
            new CommandDefinition($"SELECT id, triage_cluster_id AS ClusterId FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(ids) }, transaction, cancellationToken: cancellationToken)))
        .ToDictionary(r => r.Id, r => r.ClusterId);

    // Size, risk and span from the members as they now stand, for callers that changed members' scores (the nightly
    // rescoring), holding the cluster's lock. The flag is raised once, when the limits are first met (AssignAsync's rule).
    public async Task<ClusterFlagged?> RefreshAsync(DbConnection connection, DbTransaction transaction, string clusterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await connection.QuerySingleAsync<ClusterRow>(new CommandDefinition("SELECT id, status, suspect FROM clusters WHERE id = @Id",
            new { Id = clusterId }, transaction, cancellationToken: cancellationToken));
        var wasSuspect = stored.Suspect;
        var stats = (await ClusterFigures.ReadAsync(connection, transaction, database.Dialect, [clusterId], cancellationToken)).GetValueOrDefault(clusterId)
                    ?? new ClusterFigures { Id = clusterId };
        var (size, risk) = ((int)stats.Size, stats.Risk ?? 0);
        var raise = !wasSuspect && stored.Status != ClusterStatus.Dismissed && options.IsFlagged(size, risk);
        await ClusterUpdates.WriteAsync(connection, transaction, database.Dialect,
            [new ClusterUpdate(clusterId, size, risk, wasSuspect || raise, stats.First, stats.Last, null)], now, cancellationToken);
        return raise ? new ClusterFlagged(clusterId, size, risk, now) : null;
    }

    private sealed class MemberRow
    {
        public Guid Id { get; init; }
        public string? ClusterId { get; init; }
    }
}
