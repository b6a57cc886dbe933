using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Rescoring;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

public class When_a_rescoring_run_is_interrupted
{
    [Test]
    public async Task Should_resume_from_its_checkpoint_after_a_restart()
    {
        var day = Ring.NextDay();
        Dictionary<string, string?> settings = new() { ["Triage:Roles"] = "all", ["Triage:Rescoring:ChunkSize"] = "2" };
        var first = TriageFactory.Sqlite(settings);
        first.KeepDataDir = true;
        using (var desk = first.CreateClient("dev-desk-key"))
            foreach (var complaint in Ring.Complaints(Ring.AgentPhone(), day))
                await desk.PostJsonAsync("/api/v1/complaints", complaint);
        var database = first.Services.GetRequiredService<Database>();
        Assert.That(await Eventually.HoldsAsync(async () =>
        {
            await using var c = await database.OpenAsync();
            return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'") == 8;
        }, TimeSpan.FromSeconds(60)), Is.True);

        // A run whose first two chunks were done before the process died, and whose queued commands died with it.
        var runs = first.Services.GetRequiredService<RescoringRuns>();
        var rescorer = first.Services.GetRequiredService<ChunkRescorer>();
        Guid runId;
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE outbox SET sent_at = @Now WHERE sent_at IS NULL", new { Now = DateTimeOffset.UtcNow });
            runId = (await runs.StartAsync(DateTimeOffset.Parse($"{day}T00:00:00+08:00"), DateTimeOffset.Parse($"{day}T23:59:59+08:00"), "test:resume", "test", default)).RunId;
            await connection.ExecuteAsync("UPDATE outbox SET sent_at = @Now WHERE sent_at IS NULL AND message_type = 'Triage.Contracts.RescoreChunk'", new { Now = DateTimeOffset.UtcNow });
        }
        await rescorer.RescoreAsync(runId, 0, default);
        await rescorer.RescoreAsync(runId, 1, default);
        List<DateTimeOffset> doneBefore;
        await using (var connection = await database.OpenAsync())
            doneBefore = (await connection.QueryAsync<DateTimeOffset>("SELECT done_at FROM rescoring_chunks WHERE run_id = @runId AND chunk < 2 ORDER BY chunk", new { runId })).ToList();
        var dataDir = first.DataDir;
        await first.DisposeAsync();

        var second = TriageFactory.Sqlite(new(settings) { ["Triage:DataDir"] = dataDir });
        var admin = second.CreateClient("dev-admin-key");
        var completed = await Eventually.HoldsAsync(async () =>
            (await (await admin.GetAsync($"/api/v1/rescoring/{runId}")).JsonAsync()).GetProperty("status").GetString() == "completed", TimeSpan.FromSeconds(60));
        var run = await (await admin.GetAsync($"/api/v1/rescoring/{runId}")).JsonAsync();
        await using var check = await second.Services.GetRequiredService<Database>().OpenAsync();
        var doneAfter = (await check.QueryAsync<DateTimeOffset>("SELECT done_at FROM rescoring_chunks WHERE run_id = @runId AND chunk < 2 ORDER BY chunk", new { runId })).ToList();

        Assert.That(completed, Is.True, run.ToString());
        Assert.That(run.GetProperty("processed").GetInt32(), Is.EqualTo(8));
        Assert.That(doneAfter, Is.EqualTo(doneBefore), "chunks done before the restart were not done again");
        Assert.That(await check.ExecuteScalarAsync<long>("SELECT SUM(processed) FROM rescoring_chunks WHERE run_id = @runId", new { runId }), Is.EqualTo(8));
        await second.DisposeAsync();
        Directory.Delete(dataDir, recursive: true);
    }
}
