using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Triage.Tests.Infrastructure;

// Complaints posted one by one at a steady rate by a few concurrent desks, so that a fault can land mid-load.
public sealed class PacedLoad
{
    private readonly ConcurrentBag<Guid> _accepted = [];
    private readonly ConcurrentBag<string> _refused = [];
    private int _answered;

    public IReadOnlyCollection<Guid> Accepted => _accepted;

    public IReadOnlyCollection<string> Refused => _refused;

    public int Answered => Volatile.Read(ref _answered);

    public async Task RunAsync(HttpClient desk, IReadOnlyList<JsonNode> complaints, double perSecond, int desks)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, desks).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < complaints.Count; i = Interlocked.Increment(ref next))
            {
                var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                    await Task.Delay(due);
                await PostAsync(desk, complaints[i]);
                Interlocked.Increment(ref _answered);
            }
        })));
    }

    private async Task PostAsync(HttpClient desk, JsonNode complaint)
    {
        try
        {
            var response = await desk.PostJsonAsync("/api/v1/complaints", complaint.DeepClone());
            if (response.StatusCode == HttpStatusCode.Accepted)
                _accepted.Add(Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!));
            else
                _refused.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        catch (HttpRequestException exception)
        {
            _refused.Add(exception.Message);
        }
    }
}
