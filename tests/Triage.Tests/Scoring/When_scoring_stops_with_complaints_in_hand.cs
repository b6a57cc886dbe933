using System.Diagnostics;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// The embedded default stopped while its scoring batcher holds complaints: the host stops without hanging, nothing that
// was accepted is lost (what was still in the in-memory queue is re-driven by the reconciler after the restart), and no
// complaint is scored twice.
public class When_scoring_stops_with_complaints_in_hand
{
    private const int Flood = 400;

    [Test]
    public async Task Should_stop_promptly_and_score_every_complaint_once_after_the_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Triage:Roles"] = "all",
            ["Triage:Reconciler:Interval"] = "00:00:01",
            ["Triage:Reconciler:Bound"] = "00:00:02",
            ["Triage:Reconciler:BackoffBase"] = "00:00:01",
        };
        var first = TriageFactory.Sqlite(settings);
        first.KeepDataDir = true;
        _folders.Add(first.DataDir);
        using (var desk = first.CreateClient("dev-desk-key"))
            await desk.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(Enumerable.Range(0, Flood).Select(_ => (JsonNode)SampleComplaints.Minimal()).ToArray()));
        var started = await Eventually.HoldsAsync(async () => await CountAsync(first, "SELECT COUNT(*) FROM complaint_scores") > 0, TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(5));
        Assert.That(started, Is.True, "scoring began before the stop");

        var clock = Stopwatch.StartNew();
        var stopped = Task.Run(first.Dispose);
        Assert.That(await Task.WhenAny(stopped, Task.Delay(TimeSpan.FromSeconds(60))), Is.SameAs(stopped), "the host stopped within a minute");
        await stopped;
        TestContext.Out.WriteLine($"stopped in {clock.Elapsed.TotalSeconds:N1} s");

        settings["Triage:DataDir"] = first.DataDir;
        using var second = TriageFactory.Sqlite(settings);
        _ = second.CreateClient();
        var routed = await Eventually.HoldsAsync(async () => await CountAsync(second, "SELECT COUNT(*) FROM complaints WHERE routed_at IS NOT NULL") == Flood,
            TimeSpan.FromSeconds(120));

        Assert.That(routed, Is.True, $"every accepted complaint is routed after the restart ({await CountAsync(second, "SELECT COUNT(*) FROM complaints WHERE routed_at IS NOT NULL")} of {Flood})");
        Assert.That(await CountAsync(second, "SELECT COUNT(*) FROM complaint_scores"), Is.EqualTo(Flood), "one score a complaint");
        Assert.That(await CountAsync(second, "SELECT COUNT(DISTINCT complaint_id) FROM complaint_scores"), Is.EqualTo(Flood));
    }

    [TearDown]
    public void RemoveData()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }

    private readonly List<string> _folders = [];

    private static async Task<long> CountAsync(TriageFactory factory, string sql)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
