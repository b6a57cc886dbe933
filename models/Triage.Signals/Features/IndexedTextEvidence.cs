using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Features;

// Text evidence from a near-duplicate index, in memory or in the database: the same questions either way.
public sealed class IndexedTextEvidence(INearDuplicateIndex index, TextFingerprinter fingerprinter) : ITextEvidenceStore
{
    public async Task<bool> AddAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default) =>
        await IndexAsync(complaint, cancellationToken) is not null;

    // The fingerprint indexed, or null when the text has none.
    public async Task<TextFingerprint?> IndexAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default)
    {
        if (EntryFor(complaint) is not { } entry)
            return null;
        await index.AddAsync([entry], cancellationToken);
        return entry.Fingerprint;
    }

    // What the index holds for a complaint's text, or null when the text has no fingerprint.
    public IndexedComplaint? EntryFor(ComplaintFacts complaint) =>
        fingerprinter.Fingerprint(complaint.Text) is { } fingerprint
            ? new IndexedComplaint(complaint.Id, ComplainantKey.For(complaint), complaint.ReceivedAt, fingerprint)
            : null;

    public async Task<TextEvidence> EvidenceAsync(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null)
    {
        if (fingerprinter.Fingerprint(complaint.Text) is not { } fingerprint)
            return TextEvidence.None;
        var neighbours = await index.QueryAsync(new NearDuplicateQuery(fingerprint, complainant, from, to, Limit: 1000, WithSpans: false, MinSimilarity: minSimilarity), cancellationToken);
        return new TextEvidence(true, neighbours
            .Where(n => n.ComplaintId != complaint.Id)
            .Select(n => new TextNeighbour(n.ComplaintId, n.OwnerHash.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ReceivedAt, n.Similarity))
            .ToList());
    }

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        index.OverlapAsync(first, second, cancellationToken);
}
