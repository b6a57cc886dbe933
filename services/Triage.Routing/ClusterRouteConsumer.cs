using System.Data.Common;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Routing;

// Routes that a cluster's state moves. ClusterFlagged: the cluster turned suspect, and its earlier members, routed to
// handlers before the pattern showed, move to the fraud team. ClusterJoined: complaints routed before they joined a
// cluster already suspect or decided (a loose filing that an outfit's later complaint ties to it) are routed as they
// would have been had they come after the cluster. Both decide afresh from what is stored now (RouteWriter).
public sealed class ClusterRouteConsumer(Database database, RouteWriter routes, OutboxSignal outboxSignal, ILogger<ClusterRouteConsumer> logger)
    : IConsumer<ClusterFlagged>, IConsumer<ClusterJoined>
{
    public async Task Consume(ConsumeContext<ClusterFlagged> context)
    {
        var clusterId = context.Message.ClusterId;
        var (members, routed) = await RerouteAsync(async (connection, transaction, cancellationToken) =>
            (await connection.QueryAsync<Guid>(new CommandDefinition("SELECT id FROM complaints WHERE triage_cluster_id = @Id",
                new { Id = clusterId }, transaction, cancellationToken: cancellationToken))).ToList(), context.CancellationToken);
        logger.LogInformation("Cluster {ClusterId} flagged: {Moved} of its {Members} members re-routed", clusterId, routed, members);
    }

    public async Task Consume(ConsumeContext<ClusterJoined> context)
    {
        var joined = context.Message.ComplaintIds.Distinct().ToList();
        var (_, routed) = await RerouteAsync((_, _, _) => Task.FromResult(joined), context.CancellationToken);
        logger.LogInformation("{Joined} complaints joined cluster {ClusterId}: {Moved} re-routed", joined.Count, context.Message.ClusterId, routed);
    }

    private async Task<(int Complaints, int Routed)> RerouteAsync(
        Func<DbConnection, DbTransaction, CancellationToken, Task<List<Guid>>> complaints, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var ids = await complaints(connection, transaction, cancellationToken);
        var routed = await routes.RerouteAsync(connection, transaction, ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(routed);
        return (ids.Count, routed.Count);
    }
}
