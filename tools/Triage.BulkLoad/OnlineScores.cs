using Triage.Classifier;
using Triage.Routing;
using Triage.Scoring;
using Triage.Signals;
using Triage.Signals.Categories;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.BulkLoad;

// What online scoring and routing would have decided for each complaint as it arrived: signals in online mode over
// everything loaded before it (held in memory), the model, the route. Clusters are not formed.
public sealed class OnlineScores(SuspectModel model) : IDisposable
{
    private readonly InMemoryNearDuplicateIndex _index = new();
    private readonly SignalExtractor _extractor = new(new SignalOptions());
    private readonly RouteDecider _routes = new();
    private InMemorySignalContext? _context;

    private InMemorySignalContext Context => _context ??= new InMemorySignalContext(new IndexedTextEvidence(_index, TextFingerprinter.Default));

    public async Task<IReadOnlyList<(TriageResult Triage, RouteDecision Route)>> DecideAsync(IReadOnlyList<LoadedComplaint> batch, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var context = Context;
        Parallel.ForEach(batch, complaint =>
        {
            context.Add(complaint.Facts);
            if (complaint.Fingerprint is { } fingerprint)
                _index.Add(new IndexedComplaint(complaint.Facts.Id, complaint.Owner, complaint.Facts.ReceivedAt, fingerprint));
        });
        var signals = new SignalVector[batch.Count];
        await Parallel.ForAsync(0, batch.Count, cancellationToken,
            async (i, ct) => signals[i] = await _extractor.ExtractAsync(batch[i].Facts, context, SignalMode.Online, ct));
        var decisions = ComplaintScorer.DecideBatch(model, batch.Select((c, i) => (c.Facts, signals[i])).ToList(), SignalMode.Online, null, now);
        return decisions.Select((d, i) => (d, _routes.Decide(new RouteFacts(d.Score, d.Suspect, d.ModelVersion, null, batch[i].Facts.Category),
            () => CategoryInference.Infer(batch[i].Facts.Text)))).ToList();
    }

    public void Dispose() => _index.Dispose();
}
