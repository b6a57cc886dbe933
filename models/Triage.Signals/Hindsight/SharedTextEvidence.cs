using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Hindsight;

// One complaint's context for its signals and its cluster links together: both ask for the near-duplicates of the
// same ±30-day window, the links at a lower similarity than the signals. The first question is asked once at the
// lower of the two and the answer kept; a later question for the same window reads the neighbours at or above its
// own threshold. The index answers in order of similarity, so this is exactly what a second query would return
// (the top of a longer list, filtered, is the top of the shorter one). Everything else goes straight through.
public sealed class SharedTextEvidence(ISignalContext inner, double defaultSimilarity, double floor) : ISignalContext
{
    private (DateTimeOffset From, DateTimeOffset To, double Floor, TextEvidence Evidence)? _kept;

    public async Task<TextEvidence> TextEvidenceAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null)
    {
        var wanted = minSimilarity ?? defaultSimilarity;
        if (_kept is not { } kept || kept.From != from || kept.To != to || kept.Floor > wanted)
        {
            var asked = Math.Min(wanted, floor);
            _kept = kept = (from, to, asked, await inner.TextEvidenceAsync(complaint, from, to, cancellationToken, asked));
        }
        return kept.Floor == wanted
            ? kept.Evidence
            : kept.Evidence with { Neighbours = kept.Evidence.Neighbours.Where(n => n.Similarity >= wanted).ToList() };
    }

    public Task<int> DistinctComplainantsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken) =>
        inner.DistinctComplainantsAsync(identifier, from, to, cap, cancellationToken);

    public Task<IReadOnlyList<Filing>> FilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> identifiers, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken) =>
        inner.FilingsAsync(complaint, identifiers, from, to, cancellationToken);

    public Task<IReadOnlyList<Identifier>> PersonalIdentifiersAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken) =>
        inner.PersonalIdentifiersAsync(complaintIds, cancellationToken);

    public Task<IReadOnlyList<IdentifierSighting>> SightingsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int limit,
        CancellationToken cancellationToken) =>
        inner.SightingsAsync(identifier, from, to, limit, cancellationToken);

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        inner.OverlapAsync(first, second, cancellationToken);

    public Task<RareSharing> RareContentSharersAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, double minShared, double minSharedBehind,
        CancellationToken cancellationToken) =>
        inner.RareContentSharersAsync(complaint, from, to, minShared, minSharedBehind, cancellationToken);
}
