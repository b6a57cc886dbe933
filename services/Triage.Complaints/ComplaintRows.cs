using Dapper;
using Triage.Storage;

namespace Triage.Complaints;

// How a stored complaint is read into a ComplaintRow: the one column list, and the read by id every role uses.
public static class ComplaintRows
{
    public const string Columns = """
        id, external_id AS ExternalId, channel, received_at AS ReceivedAt, received_offset_minutes AS ReceivedOffsetMinutes,
        status, product, category, representative_relation AS RepresentativeRelation, personal,
        route_destination AS RouteDestination, route_reason AS RouteReason, routed_at AS RoutedAt,
        triage_score AS TriageScore, triage_suspect AS TriageSuspect, triage_reasons AS TriageReasons,
        triage_cluster_id AS TriageClusterId, triage_model_version AS TriageModelVersion, triage_scored_at AS TriageScoredAt
        """;

    public static async Task<ComplaintRow?> GetAsync(Database database, Guid id, CancellationToken cancellationToken) =>
        await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            return await connection.QuerySingleOrDefaultAsync<ComplaintRow>(
                new CommandDefinition($"SELECT {Columns} FROM complaints WHERE id = @id", new { id }, cancellationToken: ct));
        }, cancellationToken);
}
