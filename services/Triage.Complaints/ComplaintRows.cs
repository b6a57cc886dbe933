using Dapper;
using Triage.Storage;

namespace Triage.Complaints;

// How a stored complaint is read into a ComplaintRow: the one column list, and the read by id every role uses.
public static class ComplaintRows
{
    public const string Columns = """
        id, external_id, channel, received_at, received_offset_minutes,
        status, product, category, representative_relation, personal,
        route_destination, route_reason, routed_at,
        triage_score, triage_suspect, triage_reasons,
        triage_cluster_id, triage_model_version, triage_scored_at
        """;

    public static async Task<ComplaintRow?> GetAsync(Database database, Guid id, CancellationToken cancellationToken) =>
        await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            return await connection.QuerySingleOrDefaultAsync<ComplaintRow>(
                new CommandDefinition($"SELECT {Columns} FROM complaints WHERE id = @id", new { id }, cancellationToken: ct));
        }, cancellationToken);
}
