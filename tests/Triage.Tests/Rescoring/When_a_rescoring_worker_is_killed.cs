using System.Text.Json;
using Dapper;
using Npgsql;
using Triage.Corpus;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

// Two rescoring worker processes compete for one run's chunks on RabbitMQ; one is killed mid-run. The other takes
// over its unacknowledged chunk, every chunk is done once, and the run completes once.
[ProductionForm]
public class When_a_rescoring_worker_is_killed
{
    [Test]
    public async Task Should_finish_the_run_with_the_other_worker_doing_every_chunk_once()
    {
        await using var deployment = await SplitDeployment.CreateAsync("triage-rescoring-",
            "--Triage:Rescoring:ChunkSize", "60", "--Triage:Rescoring:Schedule", "");
        var corpus = new CorpusGenerator(new CorpusOptions { Seed = 616, Complaints = 1_500, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!).ToList();
        await using var intake = await deployment.StartAsync("intake");
        using (var desk = intake.Client("dev-desk-key"))
            foreach (var batch in corpus.Chunk(500))
                await desk.PostJsonAsync("/api/v1/complaints/batch", new System.Text.Json.Nodes.JsonArray(batch.Select(n => n.DeepClone()).ToArray()));
        var doomed = await deployment.StartAsync("rescoring");
        await using var survivor = await deployment.StartAsync("rescoring");
        using var admin = doomed.Client("dev-admin-key");
        var started = await admin.PostJsonAsync("/api/v1/rescoring",
            new System.Text.Json.Nodes.JsonObject { ["since"] = "2026-10-01T00:00:00+08:00", ["until"] = "2026-11-21T00:00:00+08:00" });
        var runId = (await started.JsonAsync()).GetProperty("runId").GetGuid();

        await using var connection = new NpgsqlConnection(deployment.ConnectionString);
        var underway = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rescoring_chunks WHERE run_id = @runId AND done_at IS NOT NULL", new { runId }) >= 2,
            TimeSpan.FromSeconds(120));
        await doomed.DisposeAsync();
        var completed = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<string>("SELECT status FROM rescoring_runs WHERE id = @runId", new { runId }) == "completed", TimeSpan.FromSeconds(180));

        var run = await connection.QuerySingleAsync<(int Total, int Processed, int Chunks, int ChunksDone)>(
            "SELECT total, processed, chunks, chunks_done FROM rescoring_runs WHERE id = @runId", new { runId });
        var twice = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM (SELECT complaint_id FROM complaint_scores WHERE mode = 'hindsight' GROUP BY complaint_id HAVING COUNT(*) > 1) AS t");
        var completions = await OutboxRows.CountAsync(connection, "RescoringCompleted", runId);

        Assert.That(underway, Is.True, "the run never got going");
        Assert.That(completed, Is.True, $"the run did not complete after a worker was killed:\n{survivor.Output[^Math.Min(4000, survivor.Output.Length)..]}");
        Assert.That(run.Total, Is.EqualTo(corpus.Count));
        Assert.That(run.Processed, Is.EqualTo(run.Total), "every complaint processed once");
        Assert.That(run.ChunksDone, Is.EqualTo(run.Chunks));
        Assert.That(twice, Is.Zero, "no complaint was rescored twice");
        Assert.That(completions, Is.EqualTo(1), "the run completed once");
        Assert.That(survivor.Output, Does.Contain($"Rescoring run {runId} chunk"), "the surviving worker took chunks");
        Assert.That(doomed.Output, Does.Contain($"Rescoring run {runId}:"), "the killed worker had taken a chunk");
    }
}
