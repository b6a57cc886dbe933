using System.Data.Common;
using Dapper;
using Triage.Storage;

namespace Triage.Signals.Text;

// The index in the database, shared by every scoring instance: signatures in one table, their band buckets in an
// indexed table. A query reads the candidates of all bands and their signatures in one round trip and verifies them
// here; the skeletons, needed only for spans, are read afterwards for the neighbours kept.
public sealed class SqlNearDuplicateIndex : INearDuplicateIndex
{
    private const int SqliteSignatureRows = 100;
    private const int SqliteBucketRows = 450;

    private readonly Database _database;

    public SqlNearDuplicateIndex(Database database, NearDuplicateOptions options)
    {
        DapperTypeHandlers.Register();
        _database = database;
        Options = options;
    }

    public NearDuplicateOptions Options { get; }

    public async Task AddAsync(IReadOnlyCollection<IndexedComplaint> complaints, CancellationToken cancellationToken = default)
    {
        var distinct = complaints.DistinctBy(c => c.ComplaintId).ToList();
        if (distinct.Count == 0)
            return;
        await _database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await _database.OpenAsync(ct);
            await using var transaction = await _database.BeginWriteAsync(connection, ct);
            if (_database.Provider == StorageProvider.Postgres)
                await InsertPostgresAsync(connection, transaction, distinct);
            else
                await InsertSqliteAsync(connection, transaction, distinct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<NearDuplicate>> QueryAsync(NearDuplicateQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters(new { Buckets = BucketKeys(query.Fingerprint.Signature) });
        var conditions = new List<string> { $"s.id IN (SELECT b.signature_id FROM near_duplicate_buckets b WHERE {_database.Dialect.InList("b.bucket", "@Buckets")})" };
        void Filter(string condition, string name, object? value)
        {
            if (value is null)
                return;
            conditions.Add(condition);
            parameters.Add(name, value);
        }
        Filter("s.owner_hash <> @Excluded", "Excluded", query.ExcludeOwner is null ? null : OwnerKey.Hash(query.ExcludeOwner));
        Filter("s.received_at >= @From", "From", query.From);
        Filter("s.received_at <= @To", "To", query.To);

        return await _database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await _database.OpenAsync(ct);
            var candidates = await connection.QueryAsync<SignatureRow>(
                "SELECT s.id, s.complaint_id AS ComplaintId, s.owner_hash AS OwnerHash, s.received_at AS ReceivedAt, s.signature " +
                $"FROM near_duplicate_signatures s WHERE {string.Join(" AND ", conditions)}", parameters);
            var kept = candidates
                .Select(row => (Row: row, Similarity: MinHashSignature.Similarity(query.Fingerprint.Signature.Values, MinHashSignature.FromBytes(row.Signature).Values)))
                .Where(c => c.Similarity >= Options.Threshold)
                .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.Row.ReceivedAt).ThenBy(c => c.Row.ComplaintId)
                .Take(query.Limit)
                .ToList();
            var skeletons = query.WithSpans && kept.Count > 0
                ? (await connection.QueryAsync<SignatureRow>(
                    $"SELECT id, skeleton FROM near_duplicate_signatures WHERE {_database.Dialect.InList("id", "@Ids")}",
                    new { Ids = kept.Select(k => k.Row.Id).ToArray() })).ToDictionary(r => r.Id, r => r.Skeleton)
                : null;
            var spans = skeletons is null ? null : new SharedSpans(query.Fingerprint.Skeleton, Options);
            return (IReadOnlyList<NearDuplicate>)kept.Select(k => new NearDuplicate(
                k.Row.ComplaintId, k.Row.OwnerHash, k.Row.ReceivedAt, k.Similarity,
                spans is null ? [] : spans.With(skeletons![k.Row.Id]))).ToList();
        }, cancellationToken);
    }

    public async Task<double> SimilarityAsync(Guid first, Guid second, CancellationToken cancellationToken = default) =>
        await _database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await _database.OpenAsync(ct);
            var rows = (await connection.QueryAsync<SignatureRow>(
                "SELECT complaint_id AS ComplaintId, signature FROM near_duplicate_signatures WHERE complaint_id = @first OR complaint_id = @second",
                new { first, second })).ToList();
            if (rows.Count != 2 && first != second || rows.Count == 0)
                return 0;
            return MinHashSignature.Similarity(MinHashSignature.FromBytes(rows[0].Signature).Values, MinHashSignature.FromBytes(rows[^1].Signature).Values);
        }, cancellationToken);

    // One statement: the signatures that are new, then the buckets of exactly those.
    private async Task InsertPostgresAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> complaints)
    {
        var bucketKeys = new long[complaints.Count * Options.Bands];
        var bucketComplaints = new Guid[bucketKeys.Length];
        for (var i = 0; i < complaints.Count; i++)
        {
            LshBands.Keys(complaints[i].Fingerprint.Signature, Options, bucketKeys.AsSpan(i * Options.Bands, Options.Bands));
            bucketComplaints.AsSpan(i * Options.Bands, Options.Bands).Fill(complaints[i].ComplaintId);
        }
        await connection.ExecuteAsync("""
            WITH inserted AS (
                INSERT INTO near_duplicate_signatures (complaint_id, owner_hash, received_at, signature, skeleton)
                SELECT * FROM unnest(@Ids, @Owners, @ReceivedAt, @Signatures, @Skeletons)
                ON CONFLICT (complaint_id) DO NOTHING
                RETURNING id, complaint_id
            )
            INSERT INTO near_duplicate_buckets (bucket, signature_id)
            SELECT b.bucket, inserted.id
            FROM unnest(@BucketKeys, @BucketComplaints) AS b (bucket, complaint_id)
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
                BucketComplaints = bucketComplaints,
            },
            transaction);
    }

    // SQLite has no arrays: multi-row VALUES in chunks, inside the caller's write transaction, so the check for
    // complaints already indexed cannot race.
    private async Task InsertSqliteAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> complaints)
    {
        var existing = new HashSet<Guid>();
        foreach (var chunk in complaints.Chunk(500))
        {
            existing.UnionWith(await connection.QueryAsync<Guid>(
                "SELECT complaint_id FROM near_duplicate_signatures WHERE complaint_id IN @Ids",
                new { Ids = chunk.Select(c => c.ComplaintId.ToString()).ToArray() }, transaction));
        }
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
                "INSERT INTO near_duplicate_signatures (complaint_id, owner_hash, received_at, signature, skeleton) VALUES " +
                string.Join(", ", values) + " RETURNING id, complaint_id AS ComplaintId", parameters, transaction);
            foreach (var row in inserted)
                ids[row.ComplaintId] = row.Id;
        }
        var buckets = new List<(long Bucket, long SignatureId)>(ids.Count * Options.Bands);
        Span<long> keys = stackalloc long[Options.Bands];
        foreach (var complaint in complaints)
        {
            if (!ids.TryGetValue(complaint.ComplaintId, out var id))
                continue;
            LshBands.Keys(complaint.Fingerprint.Signature, Options, keys);
            foreach (var key in keys)
                buckets.Add((key, id));
        }
        foreach (var chunk in buckets.Distinct().Chunk(SqliteBucketRows))
        {
            var parameters = new DynamicParameters();
            var values = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Add($"(@b{i}, @i{i})");
                parameters.Add($"b{i}", chunk[i].Bucket);
                parameters.Add($"i{i}", chunk[i].SignatureId);
            }
            await connection.ExecuteAsync(
                "INSERT INTO near_duplicate_buckets (bucket, signature_id) VALUES " + string.Join(", ", values), parameters, transaction);
        }
    }

    private long[] BucketKeys(MinHashSignature signature)
    {
        var keys = new long[Options.Bands];
        LshBands.Keys(signature, Options, keys);
        return keys;
    }
}
