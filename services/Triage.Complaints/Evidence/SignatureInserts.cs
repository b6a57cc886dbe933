using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Complaints.Evidence;

// Adding to the stored index, the one place where PostgreSQL and SQLite take different SQL: PostgreSQL takes arrays
// and does it in one statement, SQLite takes multi-row VALUES in chunks.
internal static class SignatureInserts
{
    private const int SqliteSignatureRows = 100;
    private const int SqliteBucketRows = 300;

    // One statement: the signatures that are new, then the buckets of exactly those.
    public static async Task PostgresAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> complaints, NearDuplicateOptions options, CancellationToken cancellationToken)
    {
        var bucketKeys = new long[complaints.Count * options.Bands];
        var bucketComplaints = new Guid[bucketKeys.Length];
        var bucketTicks = new long[bucketKeys.Length];
        for (var i = 0; i < complaints.Count; i++)
        {
            LshBands.Keys(complaints[i].Fingerprint.Signature, options, bucketKeys.AsSpan(i * options.Bands, options.Bands));
            bucketComplaints.AsSpan(i * options.Bands, options.Bands).Fill(complaints[i].ComplaintId);
            bucketTicks.AsSpan(i * options.Bands, options.Bands).Fill(complaints[i].ReceivedAt.UtcTicks);
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            WITH inserted AS (
                INSERT INTO near_duplicate_signatures (complaint_id, owner_hash, received_at, signature, skeleton)
                SELECT * FROM unnest(@Ids, @Owners, @ReceivedAt, @Signatures, @Skeletons)
                ON CONFLICT (complaint_id) DO NOTHING
                RETURNING id, complaint_id
            )
            INSERT INTO near_duplicate_buckets (bucket, received_ticks, signature_id)
            SELECT b.bucket, b.received_ticks, inserted.id
            FROM unnest(@BucketKeys, @BucketTicks, @BucketComplaints) AS b (bucket, received_ticks, complaint_id)
            JOIN inserted ON inserted.complaint_id = b.complaint_id
            ON CONFLICT DO NOTHING
            """,
            new
            {
                Ids = complaints.Select(c => c.ComplaintId).ToArray(),
                Owners = complaints.Select(c => OwnerKey.Hash(c.Owner)).ToArray(),
                ReceivedAt = complaints.Select(c => c.ReceivedAt.ToUniversalTime()).ToArray(),
                Signatures = complaints.Select(c => c.Fingerprint.Signature.ToBytes()).ToArray(),
                Skeletons = complaints.Select(c => c.Fingerprint.Skeleton.Text).ToArray(),
                BucketKeys = bucketKeys,
                BucketTicks = bucketTicks,
                BucketComplaints = bucketComplaints,
            },
            transaction, cancellationToken: cancellationToken));
    }

    // SQLite has no arrays: multi-row VALUES in chunks, inside the caller's write transaction, so the check for
    // complaints already indexed cannot race.
    public static async Task SqliteAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> complaints, NearDuplicateOptions options, CancellationToken cancellationToken)
    {
        var sqlite = SqlDialect.For(StorageProvider.Sqlite);
        var existing = (await connection.QueryAsync<Guid>(
            new CommandDefinition($"SELECT complaint_id FROM near_duplicate_signatures WHERE {sqlite.InList("complaint_id", "@Ids")}",
            new { Ids = sqlite.Uuids(complaints.Select(c => c.ComplaintId)) }, transaction, cancellationToken: cancellationToken))).ToHashSet();
        var ids = new Dictionary<Guid, long>();
        foreach (var chunk in complaints.Where(c => !existing.Contains(c.ComplaintId)).Chunk(SqliteSignatureRows))
        {
            var parameters = new DynamicParameters();
            var values = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Add($"(@c{i}, @o{i}, @r{i}, @s{i}, @k{i})");
                parameters.Add($"c{i}", chunk[i].ComplaintId);
                parameters.Add($"o{i}", OwnerKey.Hash(chunk[i].Owner));
                parameters.Add($"r{i}", chunk[i].ReceivedAt);
                parameters.Add($"s{i}", chunk[i].Fingerprint.Signature.ToBytes());
                parameters.Add($"k{i}", chunk[i].Fingerprint.Skeleton.Text);
            }
            var inserted = await connection.QueryAsync<SignatureRow>(
                new CommandDefinition("INSERT INTO near_duplicate_signatures (complaint_id, owner_hash, received_at, signature, skeleton) VALUES " +
                string.Join(", ", values) + " RETURNING id, complaint_id", parameters, transaction, cancellationToken: cancellationToken));
            foreach (var row in inserted)
                ids[row.ComplaintId] = row.Id;
        }
        var buckets = new List<(long Bucket, long Ticks, long SignatureId)>(ids.Count * options.Bands);
        Span<long> keys = stackalloc long[options.Bands];
        foreach (var complaint in complaints)
        {
            if (!ids.TryGetValue(complaint.ComplaintId, out var id))
                continue;
            LshBands.Keys(complaint.Fingerprint.Signature, options, keys);
            foreach (var key in keys)
                buckets.Add((key, complaint.ReceivedAt.UtcTicks, id));
        }
        foreach (var chunk in buckets.Distinct().Chunk(SqliteBucketRows))
        {
            var parameters = new DynamicParameters();
            var values = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Add($"(@b{i}, @t{i}, @i{i})");
                parameters.Add($"b{i}", chunk[i].Bucket);
                parameters.Add($"t{i}", chunk[i].Ticks);
                parameters.Add($"i{i}", chunk[i].SignatureId);
            }
            await connection.ExecuteAsync(
                new CommandDefinition("INSERT INTO near_duplicate_buckets (bucket, received_ticks, signature_id) VALUES " + string.Join(", ", values), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
