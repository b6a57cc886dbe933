using System.Diagnostics;
using Triage.Signals.Text;

namespace Triage.Benchmarks;

public static class ThroughputMode
{
    public static void Run(IReadOnlyList<CorpusText> corpus)
    {
        var texts = corpus.Select(c => c.Text).ToList();
        Console.WriteLine($"{texts.Count:N0} texts, {texts.Average(t => t.Length):N0} characters on average");

        var skeletons = texts.Select(TextSkeleton.Build).ToList();
        Measure("skeleton, one thread", () => texts.ForEach(t => TextSkeleton.Build(t)));
        var fingerprintable = skeletons.Where(s => s.IsFingerprintable).Select(s => s.Text).ToList();
        Console.WriteLine($"  {fingerprintable.Count:N0} fingerprintable ({100.0 * fingerprintable.Count / texts.Count:N1}%), skeletons {fingerprintable.Average(s => s.Length):N0} characters on average");
        Measure("signature of a skeleton, one thread", () => fingerprintable.ForEach(s => MinHasher.Default.Sign(s)), fingerprintable.Count);
        Measure("skeleton + signature, one thread", () => texts.ForEach(t => TextFingerprinter.Default.Fingerprint(t)));
        Measure($"skeleton + signature, {Environment.ProcessorCount} threads", () => Parallel.ForEach(texts, t => TextFingerprinter.Default.Fingerprint(t)));

        // The better of two passes: the first also pays for tiered compilation.
        void Measure(string what, Action action, int? count = null)
        {
            var seconds = double.MaxValue;
            for (var pass = 0; pass < 2; pass++)
            {
                var started = Stopwatch.GetTimestamp();
                action();
                seconds = Math.Min(seconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            var n = count ?? texts.Count;
            Console.WriteLine($"{what}: {n / seconds:N0} texts/s ({1e6 * seconds / n:N1} µs each)");
        }
    }
}
