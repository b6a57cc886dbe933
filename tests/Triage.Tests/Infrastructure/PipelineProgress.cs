using System.Diagnostics;
using Dapper;
using Npgsql;

namespace Triage.Tests.Infrastructure;

// Samples the database twice a second while a fault test runs: how many complaints are routed, how many outbox rows
// wait, and whether a process reports itself ready; the figures a fault test reports.
public sealed class PipelineProgress(string connectionString, HttpClient readiness) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ProgressSample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Task? _sampling;

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<ProgressSample> Samples { get { lock (_samples) return _samples.ToList(); } }

    public void Start() => _sampling = Task.Run(SampleAsync);

    public async Task<long> RoutedAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'");
    }

    // The longest time after `from` during which the routed count did not move although complaints were waiting.
    public TimeSpan LongestStallAfter(TimeSpan from, long total)
    {
        var samples = Samples.Where(s => s.At >= from).ToList();
        var longest = TimeSpan.Zero;
        for (int i = 0, start = 0; i < samples.Count; i++)
        {
            if (samples[i].Routed != samples[start].Routed || samples[i].Routed >= total)
                start = i;
            longest = samples[i].At - samples[start].At > longest ? samples[i].At - samples[start].At : longest;
        }
        return longest;
    }

    public TimeSpan? FirstReached(long routed) => Samples.FirstOrDefault(s => s.Routed >= routed)?.At;

    public TimeSpan Unready => TimeSpan.FromMilliseconds(500 * Samples.Count(s => !s.Ready));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_sampling is not null)
            await _sampling.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(500, _stop.Token);
                var routed = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'");
                var waiting = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
                var ready = (await readiness.GetAsync("/health/ready")).IsSuccessStatusCode;
                lock (_samples)
                    _samples.Add(new ProgressSample(_clock.Elapsed, routed, waiting, ready));
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                lock (_samples)
                    _samples.Add(new ProgressSample(_clock.Elapsed, _samples.LastOrDefault()?.Routed ?? 0, _samples.LastOrDefault()?.OutboxWaiting ?? 0, false));
            }
            catch (Exception)
            {
                return;
            }
        }
    }
}
