using System.Data.Common;
using Dapper;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Intake;

public sealed class ComplaintStore(Database database, OutboxSignal outboxSignal, PersonalDataProtector protector, TimeProvider clock)
{
    // Stores the complaints and their ComplaintReceived messages in one transaction. A known externalId stores nothing:
    // the result names the fields that differ from the stored complaint, if any.
    public async Task<IReadOnlyList<SubmitResult>> SubmitAsync(IReadOnlyList<NewComplaint> complaints, CancellationToken cancellationToken)
    {
        if (complaints.Count == 0)
            return [];
        var results = await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            if (complaints.Count == 1 && database.Provider == StorageProvider.Postgres && await TryStoreAloneAsync(connection, complaints[0], ct))
                return [new SubmitResult(complaints[0].Id, complaints[0].ExternalId, ComplaintStatus.Received, Created: true, [])];
            await using var transaction = await database.BeginWriteAsync(connection, ct);
            var stored = new List<SubmitResult>(complaints.Count);
            var created = new List<NewComplaint>(complaints.Count);
            foreach (var complaint in complaints)
            {
                var (result, inserted) = await InsertAsync(connection, transaction, complaint, ct);
                stored.Add(result);
                if (inserted)
                    created.Add(complaint);
            }
            // The identifier rows and the ComplaintReceived messages of what was stored, one statement each on PostgreSQL.
            await IdentifierRows.InsertManyAsync(connection, transaction, created, database.Dialect, ct);
            await Outbox.EnqueueManyAsync(connection, transaction, created.Select(Received).ToList(), database.Dialect, clock, ct);
            await transaction.CommitAsync(ct);
            return stored;
        }, cancellationToken);

        if (results.Any(r => r.Created))
        {
            outboxSignal.Notify();
            IntakeMetrics.ComplaintsStored.Add(results.Count(r => r.Created));
        }
        IntakeMetrics.ComplaintsConflicting.Add(results.Count(r => r.Conflicts));
        return results;
    }

    public Task<ComplaintRow?> GetAsync(Guid id, CancellationToken cancellationToken) => ComplaintRows.GetAsync(database, id, cancellationToken);

    public async Task<IReadOnlyList<ComplaintRow>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken)
    {
        // Only the filters given become SQL, so each query has a plan that can use its index.
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { Take = query.Limit + 1 });
        void Filter(string condition, string name, object? value)
        {
            if (value is null)
                return;
            conditions.Add(condition);
            parameters.Add(name, value);
        }
        Filter("external_id = @ExternalId", "ExternalId", query.ExternalId);
        Filter("status = @Status", "Status", query.Status);
        Filter("route_destination = @Route", "Route", query.Route);
        Filter("received_at >= @Since", "Since", query.Since);
        Filter("received_at < @Until", "Until", query.Until);
        if (query.After is { } after)
        {
            conditions.Add("(received_at, id) < (@AfterReceivedAt, @AfterId)");
            parameters.AddDynamicParams(new { AfterReceivedAt = after.ReceivedAt, AfterId = after.Id });
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

        return await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            var rows = await connection.QueryAsync<ComplaintRow>(
                new CommandDefinition($"SELECT {ComplaintRows.Columns} FROM complaints {where} ORDER BY received_at DESC, id DESC LIMIT @Take", parameters, cancellationToken: ct));
            return (IReadOnlyList<ComplaintRow>)rows.AsList();
        }, cancellationToken);
    }

    // One complaint on PostgreSQL, a desk's usual submission: its row, its identifier rows and its ComplaintReceived message
    // in one statement (one statement is one transaction), so one round trip instead of four (the row, the identifiers,
    // the message, the commit). False when the row was there already (a retried attempt or a resubmission), having
    // written nothing: the general path then finds the stored complaint and answers.
    private async Task<bool> TryStoreAloneAsync(DbConnection connection, NewComplaint complaint, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(complaint);
        IdentifierRows.AddPostgresRows(parameters, [complaint]);
        Outbox.AddPostgresRows(parameters, [(Received(complaint), OutboxTracing.Current())], clock.GetUtcNow());
        const string stored = "WHERE EXISTS (SELECT 1 FROM stored)";
        var inserted = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            WITH stored AS ({InsertComplaint} RETURNING id),
                 identifiers AS ({IdentifierRows.PostgresInsert(stored)}),
                 messages AS ({Outbox.PostgresInsert(stored)})
            SELECT count(*) FROM stored
            """, parameters, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    private static ComplaintReceived Received(NewComplaint complaint) =>
        new(complaint.Id, complaint.ExternalId, complaint.Channel, complaint.ReceivedAt);

    private const string InsertComplaint = """
        INSERT INTO complaints (id, external_id, channel, received_at, received_offset_minutes, submitted_at, status,
            product, category, representative_relation, personal,
            complainant_phone_hash, complainant_id_number_hash, complainant_customer_id_hash, complainant_email_hash,
            representative_phone_hash, representative_organization_hash, origin_ip_hash, origin_device_hash, hash_key_id)
        VALUES (@Id, @ExternalId, @Channel, @ReceivedAt, @ReceivedOffsetMinutes, @SubmittedAt, 'received',
            @Product, @Category, @RepresentativeRelation, @Personal,
            @ComplainantPhoneHash, @ComplainantIdNumberHash, @ComplainantCustomerIdHash, @ComplainantEmailHash,
            @RepresentativePhoneHash, @RepresentativeOrganizationHash, @OriginIpHash, @OriginDeviceHash, @HashKeyId)
        ON CONFLICT DO NOTHING
        """;

    // The complaint's row; Inserted when this statement stored it (its identifiers and message are then the caller's to write).
    private async Task<(SubmitResult Result, bool Inserted)> InsertAsync(DbConnection connection, DbTransaction transaction, NewComplaint complaint,
        CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertComplaint, complaint, transaction, cancellationToken: cancellationToken));

        if (inserted == 1)
            return (new SubmitResult(complaint.Id, complaint.ExternalId, ComplaintStatus.Received, Created: true, []), true);

        // A retried attempt finds its own row by id; a resubmission finds the first complaint by externalId, and is
        // compared with it (a racing first submission has committed by now: the unique index made this insert wait).
        var existing = await connection.QuerySingleAsync<ComplaintRow>(
            new CommandDefinition("""
            SELECT id, status, channel, received_at, product, category, personal
            FROM complaints WHERE id = @Id OR external_id = @ExternalId
            """,
            new { complaint.Id, complaint.ExternalId }, transaction, cancellationToken: cancellationToken));
        if (existing.Id == complaint.Id)
            return (new SubmitResult(existing.Id, complaint.ExternalId, existing.Status, Created: true, []), false);
        var stored = ComplaintPersonalData.Open(protector, existing.Personal);
        return (new SubmitResult(existing.Id, complaint.ExternalId, existing.Status, Created: false, SubmissionDifferences.Between(existing, stored, complaint)), false);
    }
}
