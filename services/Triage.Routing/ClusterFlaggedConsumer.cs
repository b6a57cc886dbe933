using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Routing;

// A cluster turned suspect: its earlier members, routed to handlers before the pattern showed, move to the fraud team.
public sealed class ClusterFlaggedConsumer(Database database, RouteWriter routes, OutboxSignal outboxSignal, ILogger<ClusterFlaggedConsumer> logger)
    : IConsumer<ClusterFlagged>
{
    public async Task Consume(ConsumeContext<ClusterFlagged> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var members = (await connection.QueryAsync<Guid>(new CommandDefinition("SELECT id FROM complaints WHERE triage_cluster_id = @Id",
            new { Id = context.Message.ClusterId }, transaction, cancellationToken: context.CancellationToken))).ToList();
        var routed = await routes.RerouteAsync(connection, transaction, members, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        RoutingMetrics.Routed(routed);
        logger.LogInformation("Cluster {ClusterId} flagged: {Moved} of its {Members} members re-routed", context.Message.ClusterId, routed.Count, members.Count);
    }
}
