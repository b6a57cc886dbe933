using Triage.Complaints;
using Dapper;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Routing;
using Triage.Storage;

namespace Triage.Review;

// An analyst's verdict, applied at once and in one transaction: the cluster's status, the verdict on record, a label
// per member for retraining, the members' routes (a dismissed cluster's members go back to the handlers), and the
// events. The cluster's advisory lock keeps scoring from growing it half-way through.
public sealed class ClusterVerdicts(Database database, RouteWriter routes, OutboxSignal outboxSignal, TimeProvider clock)
{
    public async Task<VerdictOutcome> DecideAsync(string clusterId, string verdict, string? note, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAsync(connection, transaction, [ClusterLocks.ForCluster(clusterId)], cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<ClusterRow>(
            new CommandDefinition("SELECT id, status, merged_into FROM clusters WHERE id = @Id", new { Id = clusterId }, transaction, cancellationToken: cancellationToken));
        if (current is null)
            return VerdictOutcome.NotFound();
        if (current.MergedInto is { } into)
            return VerdictOutcome.Conflict($"Cluster {clusterId} was merged into {into}; decide on {into}.");
        var reopening = verdict == "reopened";
        if (reopening ? current.Status == ClusterState.Open : current.Status != ClusterState.Open)
            return VerdictOutcome.Conflict(reopening
                ? $"Cluster {clusterId} is open already."
                : $"Cluster {clusterId} was already {current.Status}; reopen it first to change the verdict.");

        var now = clock.GetUtcNow();
        var status = reopening ? ClusterState.Open : verdict;
        await connection.ExecuteAsync(new CommandDefinition("UPDATE clusters SET status = @Status, decided_at = @Now, updated_at = @Now WHERE id = @Id",
            new { Id = clusterId, Status = status, Now = now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(
            new CommandDefinition("INSERT INTO cluster_verdicts (cluster_id, verdict, note, decided_by, decided_at) VALUES (@Id, @Verdict, @Note, @Actor, @Now)",
            new { Id = clusterId, Verdict = verdict, Note = note, Actor = actor, Now = now }, transaction, cancellationToken: cancellationToken));
        var members = (await connection.QueryAsync<Guid>(new CommandDefinition("SELECT id FROM complaints WHERE triage_cluster_id = @Id",
            new { Id = clusterId }, transaction, cancellationToken: cancellationToken))).ToList();
        if (!reopening)
            await connection.ExecuteAsync(
                new CommandDefinition("""
                INSERT INTO complaint_labels (complaint_id, suspect, source, cluster_id, decided_by, decided_at)
                VALUES (@ComplaintId, @Suspect, 'cluster-verdict', @ClusterId, @Actor, @Now)
                """,
                members.Select(m => new { ComplaintId = m, Suspect = verdict == ClusterState.Confirmed ? 1 : 0, ClusterId = clusterId, Actor = actor, Now = now }),
                transaction, cancellationToken: cancellationToken));
        var rerouted = await routes.RerouteAsync(connection, transaction, members, cancellationToken);
        await Outbox.EnqueueAsync(connection, transaction, new ClusterReviewed(clusterId, verdict, now), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        return VerdictOutcome.Decided(status, rerouted.Count);
    }
}
