using System.Diagnostics;
using System.Text;

namespace Triage.LoadTest.Online;

// Posting a generated corpus: flat out in batches of 100 (several at once), or one complaint at a time at an offered
// rate (open loop: complaint i is sent at i / rate seconds, whether or not earlier ones were answered).
public static class CorpusPost
{
    public static async Task<int> FlatOutAsync(HttpClient desk, IReadOnlyList<string> lines, int concurrency = 4)
    {
        var batches = lines.Chunk(100).ToList();
        var next = -1;
        var failed = 0;
        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                using var response = await desk.PostAsync("/api/v1/complaints/batch",
                    new StringContent("[" + string.Join(",", batches[i]) + "]", Encoding.UTF8, "application/json"));
                if (!response.IsSuccessStatusCode)
                    Interlocked.Add(ref failed, batches[i].Length);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        return failed;
    }

    public static async Task<int> PacedAsync(HttpClient desk, IReadOnlyList<string> lines, double rate)
    {
        var clock = Stopwatch.StartNew();
        var failed = 0;
        var posts = new List<Task>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
            if (due > TimeSpan.FromMilliseconds(1))
                await Task.Delay(due);
            var body = lines[i];
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await desk.PostAsync("/api/v1/complaints", new StringContent(body, Encoding.UTF8, "application/json"));
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref failed);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }));
        }
        await Task.WhenAll(posts);
        return failed;
    }
}
