using System.Diagnostics;

namespace Triage.Benchmarks;

public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public T Time<T>(Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = action();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    public override string ToString() =>
        $"p50 {Percentile(50):F3} ms, p90 {Percentile(90):F3} ms, p99 {Percentile(99):F3} ms, max {Percentile(100):F3} ms, mean {_milliseconds.Average():F3} ms over {Count:N0}";
}
