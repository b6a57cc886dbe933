using BenchmarkDotNet.Attributes;
using Triage.Corpus.Synthetic;
using Triage.Signals.Text;

namespace Triage.Benchmarks.Bdn;

// One operation on one complaint, cycling through 1,000 synthetic texts.
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string[] _texts = [];
    private string[] _skeletons = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _texts = new SyntheticCorpus(1).Generate(1_000).Select(c => c.Text).ToArray();
        _skeletons = _texts.Select(t => TextSkeleton.Build(t).Text).ToArray();
    }

    [Benchmark]
    public TextSkeleton Skeleton() => TextSkeleton.Build(_texts[_next++ % _texts.Length]);

    [Benchmark]
    public MinHashSignature Signature() => MinHasher.Default.Sign(_skeletons[_next++ % _skeletons.Length]);

    [Benchmark]
    public TextFingerprint? Fingerprint() => TextFingerprinter.Default.Fingerprint(_texts[_next++ % _texts.Length]);
}
