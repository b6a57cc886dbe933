using Triage.Cli.Input;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Cli.Signals;

// A whole file as one corpus, in hindsight: every complaint's signals and links see the others, later ones included.
public sealed class CorpusSignals(SignalOptions options, ClusterLinkFinder? links = null)
{
    public async Task<IReadOnlyList<(ComplaintLine Line, SignalVector Signals)>> ComputeAsync(
        IReadOnlyList<ComplaintLine> lines, IProgress<int>? progress, CancellationToken cancellationToken) =>
        (await AnalyseAsync(lines, progress, cancellationToken)).Select(c => (c.Line, c.Signals)).ToList();

    public async Task<IReadOnlyList<CorpusComplaint>> AnalyseAsync(
        IReadOnlyList<ComplaintLine> lines, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var index = new InMemoryNearDuplicateIndex();
        var text = new IndexedTextEvidence(index, TextFingerprinter.Default);
        var context = new InMemorySignalContext(text);
        var complaints = lines.Where(l => l.Facts is not null).ToList();
        foreach (var line in complaints)
        {
            context.Add(line.Facts!);
            await text.AddAsync(line.Facts!, cancellationToken);
        }

        var extractor = new SignalExtractor(options);
        var results = new CorpusComplaint[complaints.Count];
        var done = 0;
        await Parallel.ForAsync(0, complaints.Count, cancellationToken, async (i, ct) =>
        {
            var facts = complaints[i].Facts!;
            var signals = await extractor.ExtractAsync(facts, context, SignalMode.Hindsight, ct);
            var found = links is null ? [] : await links.FindAsync(facts, context, SignalMode.Hindsight, ct);
            results[i] = new CorpusComplaint(complaints[i], signals, found);
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0 || n == complaints.Count)
                progress?.Report(n);
        });
        return results;
    }
}
