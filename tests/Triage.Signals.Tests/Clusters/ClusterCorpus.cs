using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Tests.Clusters;

// A corpus held in memory as `triage score` holds a file: every complaint is indexed before any link is looked for.
public sealed class ClusterCorpus : IDisposable
{
    private readonly InMemoryNearDuplicateIndex _index = new();
    private readonly IndexedTextEvidence _text;
    private readonly InMemorySignalContext _context;
    private readonly List<ComplaintFacts> _complaints = [];

    private ClusterCorpus()
    {
        _text = new IndexedTextEvidence(_index, TextFingerprinter.Default);
        _context = new InMemorySignalContext(_text);
    }

    public IReadOnlyList<ComplaintFacts> Complaints => _complaints;

    public static async Task<ClusterCorpus> OfAsync(IEnumerable<ComplaintFacts> complaints)
    {
        var corpus = new ClusterCorpus();
        foreach (var complaint in complaints)
        {
            corpus._complaints.Add(complaint);
            corpus._context.Add(complaint);
            await corpus._text.AddAsync(complaint);
        }
        return corpus;
    }

    public Task<IReadOnlyList<ClusterLink>> LinksOfAsync(ComplaintFacts complaint, ClusterOptions? options = null, HubPolicy? hubs = null) =>
        new ClusterLinkFinder(options ?? new ClusterOptions(), hubs ?? new HubPolicy()).FindAsync(complaint, _context, SignalMode.Hindsight);

    public async Task<IReadOnlyList<ClusterLink>> AllLinksAsync(ClusterOptions? options = null, HubPolicy? hubs = null)
    {
        var links = new List<ClusterLink>();
        foreach (var complaint in _complaints)
            links.AddRange(await LinksOfAsync(complaint, options, hubs));
        return links;
    }

    public async Task<ClusterPartition> ClustersAsync(ClusterOptions? options = null, HubPolicy? hubs = null)
    {
        options ??= new ClusterOptions();
        var links = await AllLinksAsync(options, hubs);
        return new ClusterBuilder(options).Build(_complaints.Select(c => c.Id).ToList(), links);
    }

    public void Dispose() => _index.Dispose();
}
