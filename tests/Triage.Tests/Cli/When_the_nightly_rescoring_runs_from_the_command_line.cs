using Dapper;
using Microsoft.Data.Sqlite;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Cli;

public class When_the_nightly_rescoring_runs_from_the_command_line
{
    [Test]
    public async Task Should_rescore_the_window_against_the_embedded_database_and_complete_the_run()
    {
        var day = Ring.NextDay();
        var dataDir = await RoutedRingAsync(day);
        try
        {
            var (exit, _, error) = await TriageCli.RunAsync("rescore", "--data-dir", dataDir, "--since", $"{day}T00:00:00+08:00", "--until", $"{day}T23:59:59+08:00");

            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(error, Does.Contain("total 8,").And.Contain("processed 8,").And.Contain($"window {day}T00:00:00+08:00 to {day}T23:59:59+08:00"));
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "triage.db")};Pooling=false");
            var run = await connection.QuerySingleAsync<(string Status, string RequestedBy, string TriggerKey)>(
                "SELECT status, requested_by, trigger_key FROM rescoring_runs");
            Assert.That(run.Status, Is.EqualTo("completed"));
            Assert.That(run.RequestedBy, Is.EqualTo($"cli:{Environment.UserName}"));
            Assert.That(run.TriggerKey, Does.StartWith("cli:"));
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint_scores WHERE mode = 'hindsight'"), Is.GreaterThan(0),
                "hindsight sees the whole ring, so the early members' scores move");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rescoring_chunks WHERE done_at IS NULL"), Is.Zero);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Test]
    public async Task Should_refuse_a_since_that_is_not_an_rfc_3339_time_naming_the_option()
    {
        var (exit, _, error) = await TriageCli.RunAsync("rescore", "--data-dir", Path.GetTempPath(), "--since", "2026-11-01 8am");

        Assert.That(exit, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--since").And.Contain("RFC 3339"));
    }

    // A ring submitted through an embedded host and routed, then the host stopped: the folder of its SQLite file.
    private static async Task<string> RoutedRingAsync(string day)
    {
        var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        factory.KeepDataDir = true;
        await using (factory)
        {
            using var desk = factory.CreateClient("dev-desk-key");
            var ids = new List<string>();
            foreach (var complaint in Ring.Complaints(Ring.AgentPhone(), day))
                ids.Add((await (await desk.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);
            foreach (var id in ids)
                Assert.That(await Eventually.HoldsAsync(async () =>
                    (await (await desk.GetAsync($"/api/v1/complaints/{id}")).JsonAsync()).GetProperty("status").GetString() == "routed", TimeSpan.FromSeconds(60)), Is.True);
        }
        // The stopped host's pooled connections would keep the file open (and locked on Windows).
        SqliteConnection.ClearAllPools();
        return factory.DataDir;
    }
}
