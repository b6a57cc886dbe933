using Dapper;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Complaints.Evidence;

// The signals' context over the shared database, for the scoring services: every instance sees every complaint.
// Identifiers are hashed per key; the hashes asked about are those of the protector's matching key, so a complaint's
// other identifiers are read under that key only (during a rotation it holds rows under the old key too).
public sealed class StoredSignalContext(Database database, ITextEvidenceStore text, PersonalDataProtector protector) : ISignalContext
{
    public async Task<int> DistinctComplainantsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // cap + 2 keys answer "more than cap people" even when one of them is the identifier's own key.
        var keys = await connection.QueryAsync<string>(
            new CommandDefinition("""
            SELECT DISTINCT complainant_key FROM complaint_identifiers
            WHERE identifier_hash = @Hash AND received_at >= @From AND received_at <= @To
            LIMIT @Limit
            """,
            new { Hash = Convert.FromHexString(identifier.Hash), From = from, To = to, Limit = cap >= int.MaxValue - 2 ? int.MaxValue : cap + 2 },
            cancellationToken: cancellationToken));
        return ComplainantKey.People(keys.ToHashSet(), identifier);
    }

    public async Task<IReadOnlyList<Filing>> FilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> identifiers, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var hashes = identifiers.Select(i => Convert.FromHexString(i.Hash)).ToList();
        if (hashes.Count == 0)
            return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FilingRow>(
            new CommandDefinition($"""
             SELECT DISTINCT complaint_id, received_at AS At, channel FROM complaint_identifiers
             WHERE {database.Dialect.InBytes("identifier_hash", "@Hashes")} AND received_at >= @From AND received_at <= @To AND complaint_id <> @Id
             """,
            new { Hashes = database.Dialect.ByteList(hashes), From = from, To = to, complaint.Id }, cancellationToken: cancellationToken));
        return rows.Select(r => new Filing(r.ComplaintId, r.At, r.Channel)).OrderBy(f => f.At).ToList();
    }

    public async Task<IReadOnlyList<Identifier>> PersonalIdentifiersAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await ComplaintFactsReader.IdentifiersAsync(connection, database, complaintIds, protector.MatchingKeyId, cancellationToken);
        // Filtered on the stored kind before it is parsed.
        return rows.Where(r => ComplainantKey.IsPersonal(r.Kind)).Select(r => r.ToIdentifier()).Distinct().ToList();
    }

    public async Task<IReadOnlyList<IdentifierSighting>> SightingsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SightingRow>(
            new CommandDefinition("""
            SELECT received_at AS At, complainant_key AS Complainant, complaint_id FROM complaint_identifiers
            WHERE identifier_hash = @Hash AND received_at >= @From AND received_at <= @To
            ORDER BY received_at LIMIT @Limit
            """,
            new { Hash = Convert.FromHexString(identifier.Hash), From = from, To = to, Limit = limit }, cancellationToken: cancellationToken));
        return rows.DistinctBy(r => r.ComplaintId).Select(r => new IdentifierSighting(r.At, r.Complainant, r.ComplaintId)).ToList();
    }

    public Task<TextEvidence> TextEvidenceAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null) =>
        text.EvidenceAsync(complaint, ComplainantKey.For(complaint), from, to, cancellationToken, minSimilarity);

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        text.OverlapAsync(first, second, cancellationToken);

    private sealed class SightingRow
    {
        public DateTimeOffset At { get; init; }
        public string Complainant { get; init; } = "";
        public Guid ComplaintId { get; init; }
    }

    private sealed class FilingRow
    {
        public Guid ComplaintId { get; init; }
        public DateTimeOffset At { get; init; }
        public string Channel { get; init; } = "";
    }
}
