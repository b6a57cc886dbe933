using System.Collections.Concurrent;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Hindsight;

// A set of complaints held in memory and seen all at once: each complaint's signals and links take in the others,
// later ones included. `triage score` builds one over a file; the nightly rescoring over a window of the store.
public sealed class HindsightCorpus : IDisposable
{
    private readonly InMemoryNearDuplicateIndex _index = new();
    private readonly IndexedTextEvidence _text;
    private readonly InMemorySignalContext _context;
    private readonly SignalExtractor _extractor;
    private readonly ClusterLinkFinder? _links;
    private readonly ShingleRarity _rarity;

    public HindsightCorpus(SignalOptions signals, ClusterLinkFinder? links = null)
    {
        _text = new IndexedTextEvidence(_index, TextFingerprinter.Default);
        _rarity = new ShingleRarity { Similarity = _index.Similarity, TemplateSimilarity = _index.Options.Threshold };
        _context = new InMemorySignalContext(_text) { Rarity = _rarity };
        _extractor = new SignalExtractor(signals);
        // Asked of each sharing text once, after every complaint is in; the in-memory context answers at once.
        _context.BehindOutfit = id => _facts.TryGetValue(id, out var facts)
            && _extractor.BehindOutfitAsync(facts, _context, SignalMode.Hindsight).GetAwaiter().GetResult();
        _links = links;
    }

    private int _count;
    private readonly ConcurrentDictionary<Guid, ComplaintFacts> _facts = new();

    public int Count => Volatile.Read(ref _count);

    // The corpus's texts with their shingles' rarities, for ClusterBuilder's last step; still whole once disposed.
    public ShingleRarity Rarity => _rarity;

    public async Task AddAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default)
    {
        _context.Add(complaint);
        _facts[complaint.Id] = complaint;
        // Rarities verify cluster links and give the rare content a complaint shares with other people.
        if (await _text.IndexAsync(complaint, cancellationToken) is { } fingerprint)
            _rarity.Add(complaint, fingerprint.Skeleton);
        Interlocked.Increment(ref _count);
    }

    // Fingerprinting is most of the cost of adding, and the indexes take concurrent writers.
    public Task AddAllAsync(IReadOnlyList<ComplaintFacts> complaints, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(complaints, cancellationToken, async (complaint, ct) => await AddAsync(complaint, ct));

    public Task<SignalVector> SignalsAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default) =>
        _extractor.ExtractAsync(complaint, _context, SignalMode.Hindsight, cancellationToken);

    // Signals and cluster links of one complaint with one near-duplicate query between them (SharedTextEvidence): the
    // same answers as SignalsAsync and LinksAsync, for about the cost of one.
    public async Task<(SignalVector Signals, IReadOnlyList<ClusterLink> Links)> SignalsAndLinksAsync(ComplaintFacts complaint,
        CancellationToken cancellationToken = default, int? maxSightings = null)
    {
        if (_links is null)
            return (await SignalsAsync(complaint, cancellationToken), []);
        var shared = new SharedTextEvidence(_context, _index.Options.Threshold, _links.TemplateSimilarity);
        var signals = await _extractor.ExtractAsync(complaint, shared, SignalMode.Hindsight, cancellationToken);
        return (signals, await FindLinksAsync(complaint, shared, maxSightings, cancellationToken));
    }

    public async Task<IReadOnlyList<ClusterLink>> LinksAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default, int? maxSightings = null) =>
        _links is null ? [] : await FindLinksAsync(complaint, _context, maxSightings, cancellationToken);

    private Task<IReadOnlyList<ClusterLink>> FindLinksAsync(ComplaintFacts complaint, ISignalContext context, int? maxSightings, CancellationToken cancellationToken) =>
        maxSightings is { } limit
            ? _links!.FindAsync(complaint, context, SignalMode.Hindsight, cancellationToken, limit, _rarity)
            : _links!.FindAsync(complaint, context, SignalMode.Hindsight, cancellationToken, rarity: _rarity);

    public void Dispose() => _index.Dispose();
}
