using System.Diagnostics;
using Triage.Signals.Text;

namespace Triage.Benchmarks;

// Grows one in-memory index through the sizes asked for; at each, times single-threaded queries of complaints
// already indexed (their own complainant left out), with and without spans.
public static class MemoryMode
{
    private const int FingerprintBatch = 50_000;

    public static void Run(IReadOnlyList<CorpusText> corpus, BenchmarkOptions options)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var index = new InMemoryNearDuplicateIndex();
        var read = 0;
        var addSeconds = 0.0;
        foreach (var size in options.Sizes)
        {
            while (index.Count < size && read < corpus.Count)
            {
                var batch = Fingerprints.Of(corpus, read, Math.Min(FingerprintBatch, corpus.Count - read));
                read += Math.Min(FingerprintBatch, corpus.Count - read);
                var started = Stopwatch.GetTimestamp();
                foreach (var complaint in batch.Take(size - index.Count))
                    index.Add(complaint);
                addSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }
            var bytes = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            Console.WriteLine($"size {index.Count:N0} (from {read:N0} texts): adds {index.Count / addSeconds:N0}/s on one thread, index {bytes / 1048576.0:N0} MiB, {bytes / (double)index.Count:N0} bytes per complaint");

            var random = new Random(options.Seed);
            var sample = Fingerprints.Of(Enumerable.Range(0, Math.Min(options.Queries, read)).Select(_ => corpus[random.Next(read)]).ToList(), 0, Math.Min(options.Queries, read));
            foreach (var variant in Enumerable.Range(0, options.Rounds).SelectMany(_ => QueryVariant.All))
            {
                foreach (var complaint in sample.Take(500))
                    index.Query(variant.For(complaint));
                var latencies = new Latencies();
                var found = 0L;
                foreach (var complaint in sample)
                    found += latencies.Time(() => index.Query(variant.For(complaint))).Count;
                Console.WriteLine($"  {variant.Name}: {latencies}; {found / (double)sample.Count:N1} neighbours on average (limit 100)");
            }
        }
    }
}
