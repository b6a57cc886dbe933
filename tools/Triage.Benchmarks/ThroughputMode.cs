using System.Diagnostics;
using Triage.Signals.Text;

namespace Triage.Benchmarks;

public static class ThroughputMode
{
    public static void Run(IReadOnlyList<CorpusText> corpus)
    {
        var texts = corpus.Select(c => c.Text).ToList();
        foreach (var text in texts.Take(2_000))
            TextFingerprinter.Default.Fingerprint(text);
        Console.WriteLine($"{texts.Count:N0} texts, {texts.Average(t => t.Length):N0} characters on average");

        var skeletons = new List<TextSkeleton>(texts.Count);
        Measure("skeleton, one thread", () => texts.ForEach(t => skeletons.Add(TextSkeleton.Build(t))));
        var fingerprintable = skeletons.Where(s => s.IsFingerprintable).Select(s => s.Text).ToList();
        Console.WriteLine($"  {fingerprintable.Count:N0} fingerprintable ({100.0 * fingerprintable.Count / texts.Count:N1}%), skeletons {fingerprintable.Average(s => s.Length):N0} characters on average");
        Measure("signature of a skeleton, one thread", () => fingerprintable.ForEach(s => MinHasher.Default.Sign(s)), fingerprintable.Count);
        Measure("skeleton + signature, one thread", () => texts.ForEach(t => TextFingerprinter.Default.Fingerprint(t)));
        Measure($"skeleton + signature, {Environment.ProcessorCount} threads", () => Parallel.ForEach(texts, t => TextFingerprinter.Default.Fingerprint(t)));

        void Measure(string what, Action action, int? count = null)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var n = count ?? texts.Count;
            Console.WriteLine($"{what}: {n / seconds:N0} texts/s ({1e6 * seconds / n:N1} µs each)");
        }
    }
}
