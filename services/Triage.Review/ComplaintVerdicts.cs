using Dapper;
using Triage.Messaging;
using Triage.Routing;
using Triage.Storage;

namespace Triage.Review;

// An analyst's verdict on one complaint, in one transaction: a label for retraining (source 'complaint', with the
// complaint's cluster so that retraining keeps a cluster on one side of its split), the audit entry, and the route,
// which the verdict now decides ahead of any cluster verdict or score (ComplaintRouted in the outbox when it changes).
public sealed class ComplaintVerdicts(Database database, RouteWriter routes, OutboxSignal outboxSignal, TimeProvider clock)
{
    public const string Suspect = "suspect";
    public const string Honest = "honest";

    public async Task<ComplaintVerdictResponse?> DecideAsync(Guid complaintId, string verdict, string? note, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAsync(connection, transaction, [ClusterLocks.ForComplaint(complaintId)], cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ComplaintCluster>(
            new CommandDefinition("SELECT id, triage_cluster_id AS ClusterId FROM complaints WHERE id = @Id",
                new { Id = complaintId }, transaction, cancellationToken: cancellationToken));
        if (complaint is null)
            return null;
        var now = clock.GetUtcNow();
        await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO complaint_labels (complaint_id, suspect, source, cluster_id, decided_by, decided_at)
            VALUES (@Id, @Suspect, 'complaint', @ClusterId, @Actor, @Now)
            """,
            new { Id = complaintId, Suspect = verdict == Suspect ? 1 : 0, complaint.ClusterId, Actor = actor, Now = now }, transaction, cancellationToken: cancellationToken));
        await AuditLog.RecordAsync(connection, transaction, now, actor, "complaint-verdict", $"complaint:{complaintId}",
            note is null ? verdict : $"{verdict}: {note}", cancellationToken);
        var rerouted = await routes.RerouteAsync(connection, transaction, [complaintId], cancellationToken);
        var destination = await connection.QuerySingleAsync<string?>(new CommandDefinition("SELECT route_destination FROM complaints WHERE id = @Id",
            new { Id = complaintId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(rerouted);
        return new ComplaintVerdictResponse(complaintId, verdict, destination, rerouted.Count > 0);
    }

    private sealed class ComplaintCluster
    {
        public Guid Id { get; init; }
        public string? ClusterId { get; init; }
    }
}
