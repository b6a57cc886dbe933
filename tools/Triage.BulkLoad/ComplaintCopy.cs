using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Triage.Complaints.Evidence;
using Triage.Routing;
using Triage.Scoring;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.BulkLoad;

// One batch in one transaction with binary COPY: the rows intake, online scoring and routing write for a complaint.
public static class ComplaintCopy
{
    private static readonly NearDuplicateOptions NearDuplicates = new();

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<LoadedComplaint> batch,
        IReadOnlyList<(TriageResult Triage, RouteDecision Route)> decisions, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CopyAsync(connection, """
            COPY complaints (id, external_id, channel, received_at, received_offset_minutes, submitted_at, status, product, category,
                representative_relation, personal, complainant_phone_hash, complainant_id_number_hash, complainant_customer_id_hash,
                complainant_email_hash, representative_phone_hash, representative_organization_hash, origin_ip_hash, origin_device_hash,
                route_destination, route_reason, routed_at, triage_score, triage_suspect, triage_reasons, triage_cluster_id,
                triage_model_version, triage_scored_at) FROM STDIN (FORMAT BINARY)
            """, batch.Select((c, i) => (c.Stored, decisions[i].Triage, decisions[i].Route)), async (w, row) =>
        {
            var (c, triage, route) = row;
            await w.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await Nullable(w, c.ExternalId, NpgsqlDbType.Text);
            await w.WriteAsync(c.Channel, NpgsqlDbType.Text);
            await w.WriteAsync(c.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await w.WriteAsync(c.ReceivedOffsetMinutes, NpgsqlDbType.Integer);
            await w.WriteAsync(c.SubmittedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await w.WriteAsync("routed", NpgsqlDbType.Text);
            await Nullable(w, c.Product, NpgsqlDbType.Text);
            await Nullable(w, c.Category, NpgsqlDbType.Text);
            await Nullable(w, c.RepresentativeRelation, NpgsqlDbType.Text);
            await w.WriteAsync(c.Personal, NpgsqlDbType.Bytea);
            foreach (var hash in new[] { c.ComplainantPhoneHash, c.ComplainantIdNumberHash, c.ComplainantCustomerIdHash, c.ComplainantEmailHash,
                         c.RepresentativePhoneHash, c.RepresentativeOrganizationHash, c.OriginIpHash, c.OriginDeviceHash })
                await Nullable(w, hash, NpgsqlDbType.Bytea);
            await w.WriteAsync(route.Destination, NpgsqlDbType.Text);
            await w.WriteAsync(route.Reason, NpgsqlDbType.Text);
            await w.WriteAsync(triage.ScoredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await w.WriteAsync(triage.Score, NpgsqlDbType.Double);
            await w.WriteAsync(triage.Suspect ? 1 : 0, NpgsqlDbType.Integer);
            await w.WriteAsync(JsonSerializer.Serialize(triage.Reasons), NpgsqlDbType.Text);
            await w.WriteNullAsync();
            await w.WriteAsync(triage.ModelVersion, NpgsqlDbType.Text);
            await w.WriteAsync(triage.ScoredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        await CopyAsync(connection, "COPY complaint_identifiers (identifier_hash, kind, complaint_id, complainant_key, received_at, channel) FROM STDIN (FORMAT BINARY)",
            batch.SelectMany(c => c.Stored.Identifiers.DistinctBy(i => (i.Hash, i.Kind)).Select(i => (c.Stored, i, Key: ComplainantKey.For(c.Stored.Id, c.Stored.Identifiers)))),
            async (w, row) =>
            {
                await w.WriteAsync(Convert.FromHexString(row.i.Hash), NpgsqlDbType.Bytea);
                await w.WriteAsync(row.i.Kind.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(row.Stored.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(row.Key, NpgsqlDbType.Text);
                await w.WriteAsync(row.Stored.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(row.Stored.Channel, NpgsqlDbType.Text);
            }, cancellationToken);
        await CopyAsync(connection, $"COPY complaint_scores ({ScoreWriter.HistoryColumns}) FROM STDIN (FORMAT BINARY)",
            batch.Select((c, i) => (c.Stored.Id, decisions[i].Triage)), async (w, row) =>
            {
                await w.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(row.Triage.Score, NpgsqlDbType.Double);
                await w.WriteAsync(row.Triage.Suspect ? 1 : 0, NpgsqlDbType.Integer);
                await w.WriteAsync(JsonSerializer.Serialize(row.Triage.Reasons), NpgsqlDbType.Text);
                await w.WriteAsync(row.Triage.ModelVersion, NpgsqlDbType.Text);
                await w.WriteAsync(ScoreWriter.Online, NpgsqlDbType.Text);
                await w.WriteAsync(row.Triage.ScoredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await CopyAsync(connection, "COPY complaint_routes (complaint_id, destination, reason, score, model_version, cluster_id, routed_at) FROM STDIN (FORMAT BINARY)",
            batch.Select((c, i) => (c.Stored.Id, decisions[i].Triage, decisions[i].Route)), async (w, row) =>
            {
                await w.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(row.Route.Destination, NpgsqlDbType.Text);
                await w.WriteAsync(row.Route.Reason, NpgsqlDbType.Text);
                await w.WriteAsync(row.Triage.Score, NpgsqlDbType.Double);
                await w.WriteAsync(row.Triage.ModelVersion, NpgsqlDbType.Text);
                await w.WriteNullAsync();
                await w.WriteAsync(row.Triage.ScoredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await WriteSignaturesAsync(connection, batch.Where(c => c.Fingerprint is not null).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Signatures first; their generated ids then key the band buckets, as SqlNearDuplicateIndex writes them.
    private static async Task WriteSignaturesAsync(NpgsqlConnection connection, List<LoadedComplaint> fingerprinted, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "COPY near_duplicate_signatures (complaint_id, owner_hash, received_at, signature, skeleton) FROM STDIN (FORMAT BINARY)",
            fingerprinted, async (w, c) =>
            {
                await w.WriteAsync(c.Facts.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(OwnerKey.Hash(c.Owner), NpgsqlDbType.Bigint);
                await w.WriteAsync(c.Facts.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(c.Fingerprint!.Signature.ToBytes(), NpgsqlDbType.Bytea);
                await w.WriteAsync(c.Fingerprint.Skeleton.Text, NpgsqlDbType.Text);
            }, cancellationToken);
        var ids = (await connection.QueryAsync<(long Id, Guid ComplaintId)>(
                new CommandDefinition("SELECT id, complaint_id FROM near_duplicate_signatures WHERE complaint_id = ANY(@Ids)",
                    new { Ids = fingerprinted.Select(c => c.Facts.Id).ToArray() }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.ComplaintId, r => r.Id);
        await CopyAsync(connection, "COPY near_duplicate_buckets (bucket, received_ticks, signature_id) FROM STDIN (FORMAT BINARY)",
            fingerprinted.SelectMany(c => Buckets(c).Select(bucket => (Bucket: bucket, c.Facts.ReceivedAt.UtcTicks, Signature: ids[c.Facts.Id]))),
            async (w, row) =>
            {
                await w.WriteAsync(row.Bucket, NpgsqlDbType.Bigint);
                await w.WriteAsync(row.UtcTicks, NpgsqlDbType.Bigint);
                await w.WriteAsync(row.Signature, NpgsqlDbType.Bigint);
            }, cancellationToken);
    }

    private static long[] Buckets(LoadedComplaint complaint)
    {
        var keys = new long[NearDuplicates.Bands];
        LshBands.Keys(complaint.Fingerprint!.Signature, NearDuplicates, keys);
        return keys.Distinct().ToArray();
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await write(writer, row);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : class =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);
}
