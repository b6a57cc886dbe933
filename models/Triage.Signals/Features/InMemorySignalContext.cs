using Triage.Signals.Text;
using Triage.Signals.Links;

namespace Triage.Signals.Features;

// A whole corpus in memory: `triage score` over a file, and tests. Add every complaint before extracting in
// hindsight; in online mode add each complaint just before its own extraction, in arrival order.
public sealed class InMemorySignalContext(ITextEvidenceStore text) : ISignalContext
{
    private readonly IdentifierIndex _identifiers = new();
    private readonly Dictionary<Guid, Filing> _filings = [];
    private readonly Dictionary<Guid, Identifier[]> _personal = [];
    private readonly Lock _lock = new();

    // The corpus's rarities, where the whole corpus is at hand (HindsightCorpus): then rare shared content is known.
    public ShingleRarity? Rarity { get; init; }

    // Whether a complaint of the corpus stands behind an outfit's identifier (HindsightCorpus): then the rare-content
    // sharers who filed such a text are counted apart.
    public Func<Guid, bool>? BehindOutfit { get; set; }

    public Task<RareSharing> RareContentSharersAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, double minShared, double minSharedBehind,
        CancellationToken cancellationToken) =>
        Task.FromResult(Rarity?.Sharers(complaint.Id, from, to, minShared, BehindOutfit, minSharedBehind) ?? RareSharing.None);

    public void Add(ComplaintFacts complaint)
    {
        _identifiers.Add(complaint);
        lock (_lock)
        {
            _filings[complaint.Id] = new Filing(complaint.Id, complaint.ReceivedAt, complaint.Channel);
            _personal[complaint.Id] = complaint.Identifiers.Where(i => ComplainantKey.IsPersonal(i.Kind)).ToArray();
        }
    }

    public Task<int> DistinctComplainantsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken) =>
        Task.FromResult(_identifiers.DistinctComplainants(identifier, from, to, cap));

    public Task<IReadOnlyList<Filing>> FilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> identifiers, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var ids = identifiers
            .SelectMany(i => _identifiers.Sightings(i.Hash, from, to))
            .Select(s => s.ComplaintId)
            .Where(id => id != complaint.Id)
            .ToHashSet();
        lock (_lock)
            return Task.FromResult<IReadOnlyList<Filing>>(ids.Select(id => _filings[id]).OrderBy(f => f.At).ToList());
    }

    public Task<IReadOnlyList<Identifier>> PersonalIdentifiersAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<Identifier>>(complaintIds.SelectMany(id => _personal.GetValueOrDefault(id) ?? []).Distinct().ToList());
    }

    public Task<IReadOnlyList<IdentifierSighting>> SightingsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IdentifierSighting>>(_identifiers.Sightings(identifier.Hash, from, to).Take(limit).ToList());

    public Task<TextEvidence> TextEvidenceAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null) =>
        text.EvidenceAsync(complaint, ComplainantKey.For(complaint), from, to, cancellationToken, minSimilarity);

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        text.OverlapAsync(first, second, cancellationToken);
}
