using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Triage.Corpus;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// The embedded default (SQLite, in-process bus) killed -9 while batches arrive and the scorer is behind: the messages
// in flight die with the process, after the outbox marked them sent. On restart it finishes what the crash left, and
// every complaint that was accepted, before or after, reaches a route exactly once.
[Category("Fault")]
[NonParallelizable]
public class When_the_embedded_default_is_killed_mid_batch
{
    private const int Total = 1_600;
    private const int BatchSize = 100;

    [Test]
    public async Task Should_route_every_accepted_complaint_after_the_restart_and_none_twice()
    {
        var dataDir = Directory.CreateTempSubdirectory("triage-crash-").FullName;
        var batches = new CorpusGenerator(new CorpusOptions { Seed = 717, Complaints = Total, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!)
            .Chunk(BatchSize).ToList();
        try
        {
            var accepted = 0;
            var first = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir);
            using (var desk = first.Client("dev-desk-key"))
            {
                // Two desks post at once; the process dies under the seventh batch.
                for (var i = 0; i < 6; i += 2)
                    accepted += (await Task.WhenAll(PostAsync(desk, batches[i]), PostAsync(desk, batches[i + 1]))).Sum();
                var dying = PostAsync(desk, batches[6]);
                await Task.Delay(30);
                await first.KillAsync();
                accepted += await dying;
            }
            var strandedAtKill = Ledger(dataDir);
            TestContext.Out.WriteLine($"killed with {accepted} complaints acknowledged; in the file: {strandedAtKill}");
            Assert.That(accepted, Is.GreaterThanOrEqualTo(6 * BatchSize), "the first six batches were acknowledged before the kill");
            Assert.That(strandedAtKill.Unrouted, Is.GreaterThan(0), "the kill left complaints without a route (else this test proves nothing)");

            var restarted = Stopwatch.StartNew();
            await using var second = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir);
            using (var desk = second.Client("dev-desk-key"))
                // The desk resends the batch it got no answer for (known externalIds answer as known), then the rest.
                foreach (var batch in batches.Skip(6))
                {
                    var response = await desk.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(batch.Select(n => n.DeepClone()).ToArray()));
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                }

            var routed = await Eventually.HoldsAsync(() => Ledger(dataDir) is { Complaints: Total, Unrouted: 0 }, TimeSpan.FromSeconds(240));
            var ledger = Ledger(dataDir);
            TestContext.Out.WriteLine($"after the restart, in {restarted.Elapsed.TotalSeconds:0.0} s: {ledger}");
            Assert.That(routed, Is.True, $"not every complaint was routed after the restart: {ledger}\n{second.Output[^Math.Min(3000, second.Output.Length)..]}");
            Assert.That(ledger.ScoredTwice, Is.Zero, ledger.ToString());
            Assert.That(ledger.RoutedTwice, Is.Zero, ledger.ToString());
            Assert.That(ledger.WithoutOnlineScore, Is.Zero, "each was scored, none parked: " + ledger);
            Assert.That(second.Output, Does.Contain("Recovered"), "the restart recovered what the crash left");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // The number of complaints the answer acknowledged; none when the process died before answering.
    private static async Task<int> PostAsync(HttpClient desk, JsonNode[] batch)
    {
        try
        {
            var response = await desk.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(batch.Select(n => n.DeepClone()).ToArray()));
            return response.StatusCode == HttpStatusCode.OK
                ? (await response.JsonAsync()).GetProperty("results").EnumerateArray().Count(r => r.GetProperty("id").ValueKind == JsonValueKind.String)
                : 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static Ledger Ledger(string dataDir)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "triage.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Reliability.Ledger.ReadAsync(connection).GetAwaiter().GetResult();
    }
}
