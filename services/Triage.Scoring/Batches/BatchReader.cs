using System.Data.Common;
using Dapper;
using Triage.Complaints;
using Triage.Scoring.Clusters;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Scoring.Batches;

// Everything a batch of complaints asks of the store, in at most seven queries whatever the batch's size: the
// complaints, their identifiers, every sighting of those identifiers in the widest window any signal or link looks at,
// the personal identifiers of the other filings found and their sightings (the person's second hop), the
// near-duplicate candidates of every text of the batch, and the signatures that copy detection compares.
public sealed class BatchReader(Database database, PersonalDataProtector protector, NearDuplicateOptions nearDuplicates, SignalOptions signals,
    ClusterOptions clusters)
{
    public async Task<BatchFacts> ReadFactsAsync(DbConnection connection, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<ComplaintFactsRow>(new CommandDefinition(
            $"SELECT {ComplaintFactsRow.Columns} FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}",
            new { Ids = database.Dialect.Uuids(ids) }, cancellationToken: cancellationToken))).ToList();
        var identifiers = (await ComplaintFactsReader.IdentifiersAsync(connection, database, ids, protector.MatchingKeyId, cancellationToken)).ToLookup(i => i.ComplaintId, i => i.ToIdentifier());
        var order = ids.Select((id, i) => (id, i)).DistinctBy(p => p.id).ToDictionary(p => p.id, p => p.i);
        var waiting = new List<ComplaintFacts>();
        var unreadable = new List<Guid>();
        foreach (var row in rows.Where(r => r.Status == ComplaintStatus.Received).OrderBy(r => order[r.Id]))
        {
            ComplaintFacts facts;
            try
            {
                facts = row.ToFacts(protector, identifiers[row.Id].ToList());
            }
            catch (Exception)
            {
                unreadable.Add(row.Id);
                continue;
            }
            waiting.Add(facts);
        }
        return new BatchFacts(waiting, unreadable, rows.Count(r => r.Status != ComplaintStatus.Received));
    }

    // The batch's own texts (entries) are candidates too, whether or not the index has them yet.
    public async Task<BatchSignalContext> ReadContextAsync(DbConnection connection, IReadOnlyList<ComplaintFacts> complaints,
        IReadOnlyList<IndexedComplaint> entries, ITextEvidenceStore store, CancellationToken cancellationToken)
    {
        var indexed = entries.ToDictionary(e => e.ComplaintId);
        var fingerprints = complaints.ToDictionary(c => c.Id, c => indexed.GetValueOrDefault(c.Id)?.Fingerprint);
        var first = complaints.Min(c => c.ReceivedAt);
        var last = complaints.Max(c => c.ReceivedAt);
        var back = new[] { signals.LongestWindow, signals.Hubs.Window, clusters.Horizon, TimeSpan.FromDays(30) }.Max();
        var hashes = complaints.SelectMany(c => c.Identifiers).Select(i => i.Hash).Distinct().Select(Convert.FromHexString).ToList();
        var (from, to) = (first - back, last + clusters.Horizon);
        var sightings = await SightingsAsync(connection, hashes, from, to, cancellationToken);

        // A person gives a phone here and an ID number there: the personal identifiers of their other filings (found through
        // personal identifiers or the name), and the sightings of those, answer the signals' second hop (SignalExtractor)
        // in two more queries.
        var personal = complaints.SelectMany(c => c.Identifiers.Where(i => ComplainantKey.IsPersonal(i.Kind)).Select(i => (c.Id, Identifier: i))).ToList();
        var batch = complaints.Select(c => c.Id).ToHashSet();
        var others = sightings.Where(s => ComplainantKey.FindsFilings(s.Kind)).Select(s => s.ComplaintId).Where(id => !batch.Contains(id)).Distinct().ToList();
        if (others.Count > 0)
        {
            var theirs = (await ComplaintFactsReader.IdentifiersAsync(connection, database, others, protector.MatchingKeyId, cancellationToken)).Where(r => ComplainantKey.IsPersonal(r.Kind)).ToList();
            personal.AddRange(theirs.Select(r => (r.ComplaintId, r.ToIdentifier())));
            var known = hashes.Select(Convert.ToHexString).ToHashSet();
            var further = theirs.Select(r => r.Hash).Where(h => known.Add(Convert.ToHexString(h))).ToList();
            sightings.AddRange(await SightingsAsync(connection, further, from, to, cancellationToken));
        }

        var keys = fingerprints.Values.OfType<TextFingerprint>().SelectMany(f => BatchSignalContext.BucketKeys(f.Signature, nearDuplicates)).Distinct().ToArray();
        var textBack = new[] { clusters.Horizon, TimeSpan.FromDays(30) }.Max();
        var candidates = keys.Length == 0
            ? []
            : (await connection.QueryAsync<StoredSignature>(new CommandDefinition(CandidatesSql(database),
                new { Buckets = database.Dialect.List(keys), From = (first - textBack).UtcTicks, To = (last + clusters.Horizon).UtcTicks },
                cancellationToken: cancellationToken))).ToList();

        var stored = candidates.Select(c => c.ComplaintId).ToHashSet();
        candidates.AddRange(entries.Where(e => !stored.Contains(e.ComplaintId)).Select(e => new StoredSignature
        {
            ComplaintId = e.ComplaintId, OwnerHash = OwnerKey.Hash(e.Owner), ReceivedAt = e.ReceivedAt, Signature = e.Fingerprint.Signature.ToBytes(),
        }));

        // Copy detection compares a complaint's filings through personal identifiers with each other (by containment, which
        // needs the skeletons' lengths), and a filing under the same name counts only when its text shares enough with this one.
        var signatures = new Dictionary<Guid, SkeletonSignature?>();
        foreach (var (id, fingerprint) in fingerprints)
            signatures[id] = fingerprint is null ? null : new SkeletonSignature(fingerprint.Signature, fingerprint.Skeleton.Text.Length);
        var filings = sightings.Where(s => ComplainantKey.FindsFilings(s.Kind))
            .Select(s => s.ComplaintId).Where(id => !signatures.ContainsKey(id)).Distinct().ToList();
        if (filings.Count > 0)
        {
            foreach (var id in filings)
                signatures[id] = null;
            var found = await connection.QueryAsync<StoredSignature>(new CommandDefinition(
                $"SELECT complaint_id, signature, skeleton FROM near_duplicate_signatures WHERE {database.Dialect.InList("complaint_id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(filings) }, cancellationToken: cancellationToken));
            foreach (var signature in found)
                signatures[signature.ComplaintId] = new SkeletonSignature(signature.Values, signature.Skeleton.Length);
        }

        var byIdentifier = sightings.GroupBy(s => Convert.ToHexString(s.Hash))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.At).ToArray());
        return new BatchSignalContext(byIdentifier, personal.ToLookup(p => p.Id, p => p.Identifier), fingerprints, candidates, signatures, store, nearDuplicates);
    }

    private async Task<List<StoredSighting>> SightingsAsync(DbConnection connection, IReadOnlyList<byte[]> hashes, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken) =>
        hashes.Count == 0
            ? []
            : (await connection.QueryAsync<StoredSighting>(new CommandDefinition(
                database.Dialect.EachOf("complaint_id, identifier_hash AS Hash, kind, complainant_key AS Complainant, received_at AS At, channel",
                    "complaint_identifiers", "identifier_hash", "@Hashes", "received_at >= @From AND received_at <= @To", bytes: true),
                new { Hashes = database.Dialect.ByteList(hashes), From = from, To = to }, cancellationToken: cancellationToken))).ToList();

    // The signatures in any of a batch's band buckets within the window. On PostgreSQL each key (about 29 a text, 2,900 for
    // a batch of 100) is one probe of the bucket index (SqlDialect.EachOf), so the planner has no scan of every bucket row
    // in the window to choose, in parallel or not, as it did for `bucket = ANY(…)` (docs/benchmarks.md, "Compiled once").
    private static string CandidatesSql(Database database) =>
        $"""
         SELECT s.complaint_id, s.owner_hash, s.received_at, s.signature
         FROM near_duplicate_signatures s
         WHERE {database.Dialect.InSubquery("s.id", database.Dialect.EachOf("signature_id", "near_duplicate_buckets", "bucket", "@Buckets",
             "received_ticks >= @From AND received_ticks <= @To"))}
         """;
}
