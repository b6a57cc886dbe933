namespace Triage.LoadTest;

public sealed record LoadReport(int Posted, int Failed, double Seconds, double P50, double P90, double P99, double Max, IReadOnlyDictionary<int, int> Statuses)
{
    public double PerSecond => Posted / Seconds;

    public override string ToString() =>
        $"posted {Posted:N0} in {Seconds:N1} s: {PerSecond:N0} complaints/s; latency ms p50 {P50:N1}, p90 {P90:N1}, p99 {P99:N1}, max {Max:N1}; " +
        $"statuses {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; failed {Failed}";
}
