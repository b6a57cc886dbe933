using BenchmarkDotNet.Attributes;
using Triage.Corpus.Synthetic;
using Triage.Signals.Text;

namespace Triage.Benchmarks.Bdn;

// Queries of an index of 100,000 synthetic complaints (40% in rings of 5 to 60), by complaints it holds.
[MemoryDiagnoser]
public class InMemoryIndexBenchmarks
{
    private InMemoryNearDuplicateIndex _index = null!;
    private IndexedComplaint[] _queries = [];
    private int _next;

    [Params(100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new SyntheticCorpus(1).Generate(Size)
            .Select(c => new CorpusText(c.Id, c.Owner, c.ReceivedAt, c.Text, c.Kind, c.Group.ToString())).ToList();
        var indexed = Fingerprints.Of(corpus, 0, corpus.Count);
        _index = new InMemoryNearDuplicateIndex();
        foreach (var complaint in indexed)
            _index.Add(complaint);
        _queries = new Random(1).GetItems(indexed.ToArray(), 1_000);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public int Query()
    {
        var query = _queries[_next++ % _queries.Length];
        return _index.Query(new NearDuplicateQuery(query.Fingerprint, query.Owner, WithSpans: false)).Count;
    }

    [Benchmark]
    public int QueryWithSpans()
    {
        var query = _queries[_next++ % _queries.Length];
        return _index.Query(new NearDuplicateQuery(query.Fingerprint, query.Owner)).Count;
    }
}
