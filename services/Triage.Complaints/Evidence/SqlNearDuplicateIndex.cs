using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Complaints.Evidence;

// The index in the database, shared by every scoring instance: signatures in one table, their band buckets in an
// indexed table. A query reads the candidates of all bands and their signatures in one round trip and verifies them
// here; the skeletons, needed only for spans, are read afterwards for the neighbours kept.
public sealed class SqlNearDuplicateIndex : INearDuplicateIndex
{
    private readonly Database _database;

    public SqlNearDuplicateIndex(Database database, NearDuplicateOptions options)
    {
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
            await InsertAsync(connection, transaction, distinct, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    // An amended complaint's text replaces its fingerprint, in the caller's transaction: the old signature and its
    // buckets go (found by the bands of the old signature, so that every delete is a range of the bucket key), and the
    // new ones take their place. Null when the new text has no fingerprint: the complaint then has none.
    public async Task ReplaceAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, IndexedComplaint? replacement, CancellationToken cancellationToken)
    {
        var old = await connection.QuerySingleOrDefaultAsync<SignatureRow>(
            new CommandDefinition("SELECT id, signature FROM near_duplicate_signatures WHERE complaint_id = @complaintId",
                new { complaintId }, transaction, cancellationToken: cancellationToken));
        if (old is not null)
        {
            await connection.ExecuteAsync(
                new CommandDefinition($"DELETE FROM near_duplicate_buckets WHERE {_database.Dialect.InList("bucket", "@Buckets")} AND signature_id = @Id",
                new { Buckets = _database.Dialect.List(BucketKeys(MinHashSignature.FromBytes(old.Signature))), old.Id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM near_duplicate_signatures WHERE id = @Id",
                new { old.Id }, transaction, cancellationToken: cancellationToken));
        }
        if (replacement is not null)
            await InsertAsync(connection, transaction, [replacement], cancellationToken);
    }

    private Task InsertAsync(DbConnection connection, DbTransaction transaction, List<IndexedComplaint> complaints, CancellationToken cancellationToken) =>
        _database.Provider == StorageProvider.Postgres
            ? SignatureInserts.PostgresAsync(connection, transaction, complaints, Options, cancellationToken)
            : SignatureInserts.SqliteAsync(connection, transaction, complaints, Options, cancellationToken);

    public async Task<IReadOnlyList<NearDuplicate>> QueryAsync(NearDuplicateQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters(new { Buckets = _database.Dialect.List(BucketKeys(query.Fingerprint.Signature)) });
        var buckets = new List<string> { _database.Dialect.InList("b.bucket", "@Buckets") };
        var signatures = new List<string>();
        // Only the filters given become SQL; the time window is applied in the bucket index.
        void Filter(List<string> conditions, string condition, string name, object? value)
        {
            if (value is null)
                return;
            conditions.Add(condition);
            parameters.Add(name, value);
        }
        Filter(buckets, "b.received_ticks >= @From", "From", query.From?.UtcTicks);
        Filter(buckets, "b.received_ticks <= @To", "To", query.To?.UtcTicks);
        Filter(signatures, "s.owner_hash <> @Excluded", "Excluded", query.ExcludeOwner is null ? null : OwnerKey.Hash(query.ExcludeOwner));
        signatures.Add($"s.id IN (SELECT b.signature_id FROM near_duplicate_buckets b WHERE {string.Join(" AND ", buckets)})");

        return await _database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await _database.OpenAsync(ct);
            var candidates = await connection.QueryAsync<SignatureRow>(
                new CommandDefinition("SELECT s.id, s.complaint_id, s.owner_hash, s.received_at, s.signature " +
                $"FROM near_duplicate_signatures s WHERE {string.Join(" AND ", signatures)}", parameters, cancellationToken: ct));
            var kept = candidates
                .Select(row => (Row: row, Similarity: MinHashSignature.Similarity(query.Fingerprint.Signature.Values, MinHashSignature.FromBytes(row.Signature).Values)))
                .Where(c => c.Similarity >= (query.MinSimilarity ?? Options.Threshold))
                .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.Row.ReceivedAt).ThenBy(c => c.Row.ComplaintId)
                .Take(query.Limit)
                .ToList();
            var skeletons = query.WithSpans && kept.Count > 0
                ? (await connection.QueryAsync<SignatureRow>(
                    new CommandDefinition($"SELECT id, skeleton FROM near_duplicate_signatures WHERE {_database.Dialect.InList("id", "@Ids")}",
                    new { Ids = _database.Dialect.List(kept.Select(k => k.Row.Id)) }, cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Skeleton)
                : null;
            var spans = skeletons is null ? null : new SharedSpans(query.Fingerprint.Skeleton, Options);
            return (IReadOnlyList<NearDuplicate>)kept.Select(k => new NearDuplicate(
                k.Row.ComplaintId, k.Row.OwnerHash, k.Row.ReceivedAt, k.Similarity,
                spans is null ? [] : spans.With(skeletons![k.Row.Id]))).ToList();
        }, cancellationToken);
    }

    public async Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken = default) =>
        await _database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await _database.OpenAsync(ct);
            var rows = (await connection.QueryAsync<SignatureRow>(
                new CommandDefinition("SELECT complaint_id, signature, skeleton FROM near_duplicate_signatures WHERE complaint_id = @first OR complaint_id = @second",
                new { first, second }, cancellationToken: ct))).ToDictionary(r => r.ComplaintId);
            return rows.TryGetValue(first, out var a) && rows.TryGetValue(second, out var b)
                ? TextOverlap.Between(MinHashSignature.FromBytes(a.Signature), a.Skeleton.Length, MinHashSignature.FromBytes(b.Signature), b.Skeleton.Length, Options.ShingleLength)
                : TextOverlap.None;
        }, cancellationToken);

    private long[] BucketKeys(MinHashSignature signature)
    {
        var keys = new long[Options.Bands];
        LshBands.Keys(signature, Options, keys);
        return keys;
    }
}
