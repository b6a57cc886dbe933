using Triage.Signals.Clusters;
using Triage.Signals.Features;
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

    public HindsightCorpus(SignalOptions signals, ClusterLinkFinder? links = null)
    {
        _text = new IndexedTextEvidence(_index, TextFingerprinter.Default);
        _context = new InMemorySignalContext(_text);
        _extractor = new SignalExtractor(signals);
        _links = links;
    }

    public int Count { get; private set; }

    public async Task AddAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default)
    {
        _context.Add(complaint);
        await _text.AddAsync(complaint, cancellationToken);
        Count++;
    }

    public Task<SignalVector> SignalsAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default) =>
        _extractor.ExtractAsync(complaint, _context, SignalMode.Hindsight, cancellationToken);

    public async Task<IReadOnlyList<ClusterLink>> LinksAsync(ComplaintFacts complaint, CancellationToken cancellationToken = default) =>
        _links is null ? [] : await _links.FindAsync(complaint, _context, SignalMode.Hindsight, cancellationToken);

    public void Dispose() => _index.Dispose();
}
