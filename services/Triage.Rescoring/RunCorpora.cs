using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;

namespace Triage.Rescoring;

// One in-memory hindsight corpus per run and worker: the run's window and the context around it, read once and used
// for every chunk this worker takes. The previous run's corpus is released when a new run starts.
public sealed class RunCorpora(StoredComplaints complaints, SignalExtractor extractor, ClusterLinkFinder links, IOptions<RescoringOptions> options,
    TimeProvider clock, ILogger<RunCorpora> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Guid RunId, HindsightCorpus Corpus, RunFacts Facts)? _current;

    public async Task<(HindsightCorpus Corpus, RunFacts Facts)> ForRunAsync(Guid runId, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current && current.RunId == runId)
                return (current.Corpus, current.Facts);
            _current?.Corpus.Dispose();
            _current = null;
            var started = clock.GetTimestamp();
            // Each complaint is fingerprinted and indexed as it arrives, while the database sends the rest.
            var corpus = new HindsightCorpus(extractor.Options, links);
            IReadOnlyList<ComplaintFacts> facts;
            try
            {
                facts = await complaints.ReadAsync(since - options.Value.Context, until + options.Value.Context,
                    (complaint, ct) => new ValueTask(corpus.AddAsync(complaint, ct)), cancellationToken);
            }
            catch
            {
                corpus.Dispose();
                throw;
            }
            _current = (runId, corpus, new RunFacts(facts));
            logger.LogInformation("Rescoring run {RunId}: {Count} complaints read, opened, fingerprinted and indexed in {Seconds:0.0} s", runId, facts.Count,
                clock.GetElapsedTime(started).TotalSeconds);
            return (corpus, _current.Value.Facts);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _current?.Corpus.Dispose();
        _gate.Dispose();
    }
}
