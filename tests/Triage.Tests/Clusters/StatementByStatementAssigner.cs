using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Signals.Clusters;
using Triage.Storage;
using Triage.Complaints;

using Triage.Scoring.Clusters;

namespace Triage.Tests.Clusters;

// The online assigner as it was before batches were assigned in memory (commit d4385bf): each complaint's clusters read,
// changed and refreshed statement by statement. Kept as the reference that ClusterAssigner's in-memory assignment of a
// whole batch is compared with (When_a_batch_is_clustered_at_once).
//
// Incremental clustering inside the scoring transaction, by the rules of the hindsight build (CohesiveGrowth). The
// complaint's links are applied strongest first, links to other people before its own earlier filings: it joins the
// clusters it links to (a template only with enough of their members), unclustered complaints it links to join with it,
// and clusters it joins merge into the oldest of them. A union that would pass the size limit is refused (the nightly
// recomputation splits instead), and a dismissed cluster pulls nothing in.
public sealed class StatementByStatementAssigner(Database database, ClusterOptions options, TimeProvider clock, ILogger logger)
{
    // Locks are ClusterAssigner.LockAsync's: both place a complaint under the same locks; only what they write differs.

    public async Task<ClusterAssignment> AssignAsync(DbConnection connection, DbTransaction transaction, ClusterMembership locked, CancellationToken cancellationToken)
    {
        var (complaintId, links, membership) = (locked.ComplaintId, locked.Links, locked.Members);
        var clusters = (await connection.QueryAsync<ClusterRow>(
                new CommandDefinition($"SELECT id, status, suspect, size, risk, created_at FROM clusters WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Ids = database.Dialect.List(membership.Values.OfType<string>().Distinct()) }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Id);

        string Component(Guid id) => membership.GetValueOrDefault(id) is { } c ? c : ClusterLocks.ForComplaint(id);
        int SizeOf(string component) => clusters.TryGetValue(component, out var c) ? c.Size : 1;
        bool Dismissed(string component) => clusters.TryGetValue(component, out var c) && c.Status == ClusterStatus.Dismissed;

        // The rules of CohesiveGrowth, one complaint at a time: links to other people first, a template joins a cluster
        // only when the complaint resembles enough of its members, and the person's own earlier filings last, never
        // joining two clusters of other people. Online a cluster cannot be split: a union past MaxSize is refused.
        var mixed = await MixedAsync(connection, transaction, clusters.Keys.ToList(), cancellationToken);
        var own = Component(complaintId);
        var joined = new HashSet<string> { own };
        var size = SizeOf(own);
        var joinedMixed = mixed.Contains(own);
        var resembled = new Dictionary<string, List<ClusterLink>>();
        var accepted = new List<ClusterLink>();
        var refused = 0;
        foreach (var link in links.Where(l => membership.ContainsKey(l.To)).OrderBy(l => l.Kind == ClusterLinkKind.Complainant))
        {
            var other = Component(link.To);
            if (joined.Contains(other))
            {
                accepted.Add(link);
                continue;
            }
            if (Dismissed(other) || joined.Any(Dismissed))
                continue;
            if (!options.CanJoin(link, size, SizeOf(other)))
                continue;
            var because = new List<ClusterLink> { link };
            if (link.Kind == ClusterLinkKind.Template)
            {
                if (!resembled.TryGetValue(other, out because))
                    resembled[other] = because = [];
                because.Add(link);
                if (because.Select(l => l.To).Distinct().Count() < options.RequiredSupport(size, SizeOf(other)))
                    continue;
            }
            else if (link.Kind == ClusterLinkKind.Complainant && joinedMixed && mixed.Contains(other))
                continue;
            if (size + SizeOf(other) > options.MaxSize)
            {
                refused++;
                continue;
            }
            joined.Add(other);
            size += SizeOf(other);
            joinedMixed |= link.Kind != ClusterLinkKind.Complainant || mixed.Contains(other);
            accepted.AddRange(because);
        }
        if (refused > 0)
            logger.LogWarning("{Refused} links of complaint {ComplaintId} gave way: joining would have made a cluster of more than {MaxSize}",
                refused, complaintId, options.MaxSize);

        var existing = joined.Where(clusters.ContainsKey).Select(c => clusters[c]).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (existing.Count == 0 && joined.Count == 1)
            return ClusterAssignment.None;

        var now = clock.GetUtcNow();
        var survivor = existing.FirstOrDefault()?.Id ?? await CreateAsync(connection, transaction, now, cancellationToken);
        var singletons = joined.Where(c => !clusters.ContainsKey(c)).Select(c => Guid.ParseExact(c["complaint:".Length..], "N")).ToList();
        if (singletons.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition($"UPDATE complaints SET triage_cluster_id = @Survivor WHERE {database.Dialect.InList("id", "@Ids")}",
                new { Survivor = survivor, Ids = database.Dialect.Uuids(singletons) }, transaction, cancellationToken: cancellationToken));
        foreach (var absorbed in existing.Skip(1))
            await MergeAsync(connection, transaction, survivor, absorbed, now, cancellationToken);
        if (existing.Skip(1).Any(c => c.Status == ClusterStatus.Confirmed))
            await connection.ExecuteAsync(new CommandDefinition("UPDATE clusters SET status = 'confirmed' WHERE id = @Survivor AND status = 'open'",
                new { Survivor = survivor }, transaction, cancellationToken: cancellationToken));
        await InsertLinksAsync(connection, transaction, accepted, now, cancellationToken);
        var flagged = await RefreshAsync(connection, transaction, survivor, existing.FirstOrDefault()?.Suspect == true, existing.Skip(1).Any(c => c.Suspect), now, cancellationToken);
        return new ClusterAssignment(survivor, flagged);
    }

    // A ring member links to every earlier member: one statement for all of them (unnest on PostgreSQL, multi-row VALUES
    // on SQLite), not one per link.
    private async Task InsertLinksAsync(DbConnection connection, DbTransaction transaction, List<ClusterLink> links, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
            return;
        if (database.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(
                new CommandDefinition("""
                INSERT INTO cluster_links (complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at)
                SELECT l.complaint_id, l.linked_complaint_id, l.kind, l.strength, l.identifier_hash, @Now
                FROM unnest(@From, @To, @Kinds, @Strengths, @Hashes) AS l (complaint_id, linked_complaint_id, kind, strength, identifier_hash)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    From = links.Select(l => l.From).ToArray(), To = links.Select(l => l.To).ToArray(), Kinds = links.Select(l => l.Kind.ToString()).ToArray(),
                    Strengths = links.Select(l => l.Strength).ToArray(),
                    Hashes = links.Select(l => l.IdentifierHash is { } h ? Convert.FromHexString(h) : null).ToArray(), Now = now,
                },
                transaction, cancellationToken: cancellationToken));
            return;
        }
        foreach (var chunk in links.Chunk(100))
        {
            var parameters = new DynamicParameters(new { Now = now });
            var rows = chunk.Select((link, i) =>
            {
                parameters.Add($"From{i}", link.From);
                parameters.Add($"To{i}", link.To);
                parameters.Add($"Kind{i}", link.Kind.ToString());
                parameters.Add($"Strength{i}", link.Strength);
                parameters.Add($"Hash{i}", link.IdentifierHash is { } h ? Convert.FromHexString(h) : null);
                return $"(@From{i}, @To{i}, @Kind{i}, @Strength{i}, @Hash{i}, @Now)";
            }).ToList();
            await connection.ExecuteAsync(
                new CommandDefinition(
                    $"INSERT INTO cluster_links (complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at) VALUES {string.Join(", ", rows)} ON CONFLICT DO NOTHING",
                    parameters, transaction, cancellationToken: cancellationToken));
        }
    }

    // Clusters that hold more than one person: a link between different people (an identifier or a template) joined them.
    private async Task<HashSet<string>> MixedAsync(DbConnection connection, DbTransaction transaction, List<string> clusterIds, CancellationToken cancellationToken) =>
        clusterIds.Count == 0
            ? []
            : (await connection.QueryAsync<string>(
                new CommandDefinition($"""
                 SELECT DISTINCT c.triage_cluster_id FROM complaints c JOIN cluster_links l ON l.complaint_id = c.id
                 WHERE l.kind <> 'Complainant' AND {database.Dialect.InList("c.triage_cluster_id", "@Ids")}
                 """, new { Ids = database.Dialect.List(clusterIds) }, transaction, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);

    private async Task<string> CreateAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = NewClusters.NewId();
        await NewClusters.CreateAsync(connection, transaction, database.Dialect, [id], now, cancellationToken);
        return id;
    }

    private static async Task MergeAsync(DbConnection connection, DbTransaction transaction, string survivor, ClusterRow absorbed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("UPDATE complaints SET triage_cluster_id = @Survivor WHERE triage_cluster_id = @Absorbed",
            new { Survivor = survivor, Absorbed = absorbed.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE clusters SET merged_into = @Survivor, size = 0, updated_at = @Now WHERE id = @Absorbed",
            new { Survivor = survivor, Absorbed = absorbed.Id, Now = now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(
            new CommandDefinition("INSERT INTO cluster_merges (cluster_id, merged_cluster_id, merged_at) VALUES (@Survivor, @Absorbed, @Now) ON CONFLICT DO NOTHING",
            new { Survivor = survivor, Absorbed = absorbed.Id, Now = now }, transaction, cancellationToken: cancellationToken));
    }

    // Size, risk and span from the members as they now stand. The flag is raised once: when the limits are first met,
    // or when a suspect cluster is merged into this one.
    // For callers that changed members' scores (the nightly rescoring), holding the cluster's lock.
    public async Task<ClusterFlagged?> RefreshAsync(DbConnection connection, DbTransaction transaction, string clusterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var suspect = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT suspect FROM clusters WHERE id = @Id",
            new { Id = clusterId }, transaction, cancellationToken: cancellationToken));
        return await RefreshAsync(connection, transaction, clusterId, suspect, false, now, cancellationToken);
    }

    private async Task<ClusterFlagged?> RefreshAsync(DbConnection connection, DbTransaction transaction, string clusterId, bool wasSuspect,
        bool absorbedSuspect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stats = (await ClusterFigures.ReadAsync(connection, transaction, database.Dialect, [clusterId], cancellationToken)).GetValueOrDefault(clusterId)
                    ?? new ClusterFigures { Id = clusterId };
        var status = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT status FROM clusters WHERE id = @Id",
            new { Id = clusterId }, transaction, cancellationToken: cancellationToken));
        var (size, risk) = ((int)stats.Size, stats.Risk ?? 0);
        var raise = !wasSuspect && status != ClusterStatus.Dismissed && (absorbedSuspect || options.IsFlagged(size, risk));
        await ClusterUpdates.WriteAsync(connection, transaction, database.Dialect,
            [new ClusterUpdate(clusterId, size, risk, wasSuspect || raise, stats.First, stats.Last, null)], now, cancellationToken);
        return raise ? new ClusterFlagged(clusterId, size, risk, now) : null;
    }
}
