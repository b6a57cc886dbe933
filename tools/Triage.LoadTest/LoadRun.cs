using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Triage.LoadTest;

public static class LoadRun
{
    public static async Task<LoadReport> RunAsync(LoadOptions options)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        var complaints = new SyntheticComplaints(Environment.TickCount);

        if (options.Warmup > 0)
            await PostAllAsync(http, complaints, options with { Count = options.Warmup, Rate = null }, offset: 0, progress: false);
        return await PostAllAsync(http, complaints, options, offset: options.Warmup, progress: true);
    }

    private static async Task<LoadReport> PostAllAsync(HttpClient http, SyntheticComplaints complaints, LoadOptions options, int offset, bool progress)
    {
        var latencies = new double[options.Count];
        var statuses = new ConcurrentDictionary<int, int>();
        var failed = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var interval = options.Rate is { } rate ? TimeSpan.FromSeconds(1 / rate) : TimeSpan.Zero;

        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < options.Count)
            {
                if (interval > TimeSpan.Zero)
                {
                    // Open loop: request i is due at i × interval, whether or not earlier ones have answered.
                    var due = interval * i - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                        await Task.Delay(due);
                }
                var body = new StringContent(complaints.Next(offset + i), Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync("/api/v1/complaints", body);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref failed);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failed);
                    statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (progress && i > 0 && i % 5000 == 0)
                    Console.Error.WriteLine($"  {i:N0} posted, {i / clock.Elapsed.TotalSeconds:N0}/s");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(WorkerAsync)));
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        return new LoadReport(options.Count, failed, seconds, At(0.5), At(0.9), At(0.99), latencies[^1], statuses);
    }
}
