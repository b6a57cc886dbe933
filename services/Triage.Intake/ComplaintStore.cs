using System.Data.Common;
using Dapper;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Intake;

public sealed class ComplaintStore(Database database, OutboxSignal outboxSignal)
{
    private const string Columns = """
        id, external_id AS ExternalId, channel, received_at AS ReceivedAt, received_offset_minutes AS ReceivedOffsetMinutes,
        status, product, category, representative_relation AS RepresentativeRelation, personal,
        route_destination AS RouteDestination, route_reason AS RouteReason, routed_at AS RoutedAt
        """;

    // Stores the complaints and their ComplaintReceived messages in one transaction. A known externalId stores nothing.
    public async Task<IReadOnlyList<SubmitResult>> SubmitAsync(IReadOnlyList<NewComplaint> complaints, CancellationToken cancellationToken)
    {
        if (complaints.Count == 0)
            return [];
        var results = await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            await using var transaction = await database.BeginWriteAsync(connection, ct);
            var stored = new List<SubmitResult>(complaints.Count);
            foreach (var complaint in complaints)
                stored.Add(await InsertAsync(connection, transaction, complaint));
            await transaction.CommitAsync(ct);
            return stored;
        }, cancellationToken);

        if (results.Any(r => r.Created))
        {
            outboxSignal.Notify();
            IntakeMetrics.ComplaintsStored.Add(results.Count(r => r.Created));
        }
        return results;
    }

    public async Task<ComplaintRow?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            return await connection.QuerySingleOrDefaultAsync<ComplaintRow>($"SELECT {Columns} FROM complaints WHERE id = @id", new { id });
        }, cancellationToken);

    public async Task<IReadOnlyList<ComplaintRow>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken) =>
        await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            var rows = await connection.QueryAsync<ComplaintRow>(
                $"""
                 SELECT {Columns} FROM complaints
                 WHERE (@ExternalId IS NULL OR external_id = @ExternalId)
                   AND (@Status IS NULL OR status = @Status)
                   AND (@Route IS NULL OR route_destination = @Route)
                   AND (@Since IS NULL OR received_at >= @Since)
                   AND (@Until IS NULL OR received_at < @Until)
                   AND (@AfterReceivedAt IS NULL OR (received_at, id) < (@AfterReceivedAt, @AfterId))
                 ORDER BY received_at DESC, id DESC
                 LIMIT @Take
                 """,
                new
                {
                    query.ExternalId,
                    query.Status,
                    query.Route,
                    query.Since,
                    query.Until,
                    AfterReceivedAt = query.After?.ReceivedAt,
                    AfterId = query.After?.Id ?? Guid.Empty,
                    Take = query.Limit + 1,
                });
            return rows.AsList();
        }, cancellationToken);

    private static async Task<SubmitResult> InsertAsync(DbConnection connection, DbTransaction transaction, NewComplaint complaint)
    {
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO complaints (id, external_id, channel, received_at, received_offset_minutes, submitted_at, status,
                product, category, representative_relation, personal,
                complainant_phone_hash, complainant_id_number_hash, complainant_customer_id_hash, complainant_email_hash,
                representative_phone_hash, representative_organization_hash, origin_ip_hash, origin_device_hash)
            VALUES (@Id, @ExternalId, @Channel, @ReceivedAt, @ReceivedOffsetMinutes, @SubmittedAt, 'received',
                @Product, @Category, @RepresentativeRelation, @Personal,
                @ComplainantPhoneHash, @ComplainantIdNumberHash, @ComplainantCustomerIdHash, @ComplainantEmailHash,
                @RepresentativePhoneHash, @RepresentativeOrganizationHash, @OriginIpHash, @OriginDeviceHash)
            ON CONFLICT DO NOTHING
            """,
            complaint, transaction);

        if (inserted == 1)
        {
            await Outbox.EnqueueAsync(connection, transaction,
                new ComplaintReceived(complaint.Id, complaint.ExternalId, complaint.Channel, complaint.ReceivedAt));
            return new SubmitResult(complaint.Id, complaint.ExternalId, "received", Created: true);
        }

        // A retried attempt finds its own row by id; a duplicate finds the first complaint by externalId.
        var existing = await connection.QuerySingleAsync<ExistingComplaint>(
            "SELECT id, status FROM complaints WHERE id = @Id OR external_id = @ExternalId",
            new { complaint.Id, complaint.ExternalId }, transaction);
        return new SubmitResult(existing.Id, complaint.ExternalId, existing.Status, Created: existing.Id == complaint.Id);
    }
}
