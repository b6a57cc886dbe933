using Triage.Cli.Input;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Signals.Text;

namespace Triage.Cli.Signals;

// A whole file as one corpus, in hindsight: every complaint's signals and links see the others, later ones included.
public sealed class CorpusSignals(SignalOptions options, ClusterLinkFinder? links = null)
{
    // The last analysed file's texts with their rarities (for ClusterBuilder), once AnalyseAsync has run.
    public ShingleRarity? Rarity { get; private set; }

    public async Task<IReadOnlyList<(ComplaintLine Line, SignalVector Signals)>> ComputeAsync(
        IReadOnlyList<ComplaintLine> lines, IProgress<int>? progress, CancellationToken cancellationToken) =>
        (await AnalyseAsync(lines, progress, cancellationToken)).Select(c => (c.Line, c.Signals)).ToList();

    public async Task<IReadOnlyList<CorpusComplaint>> AnalyseAsync(
        IReadOnlyList<ComplaintLine> lines, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var corpus = new HindsightCorpus(options, links);
        Rarity = corpus.Rarity;
        var complaints = lines.Where(l => l.Facts is not null).ToList();
        await corpus.AddAllAsync(complaints.Select(l => l.Facts!).ToList(), cancellationToken);

        var results = new CorpusComplaint[complaints.Count];
        var done = 0;
        await Parallel.ForAsync(0, complaints.Count, cancellationToken, async (i, ct) =>
        {
            // One near-duplicate query for both (HindsightCorpus.SignalsAndLinksAsync): the same answers as two.
            var (signals, found) = await corpus.SignalsAndLinksAsync(complaints[i].Facts!, ct);
            results[i] = new CorpusComplaint(complaints[i], signals, found);
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0 || n == complaints.Count)
                progress?.Report(n);
        });
        return results;
    }
}
