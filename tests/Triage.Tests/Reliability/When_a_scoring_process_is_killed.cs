using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using Triage.Corpus;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// Two scoring processes compete for the scoring queue on RabbitMQ; one is killed -9 with messages in hand. The broker
// hands its unacknowledged messages to the other, and every complaint is scored and routed once.
[ProductionForm]
[Category("Fault")]
public class When_a_scoring_process_is_killed
{
    private const int Total = 1_200;

    [Test]
    public async Task Should_route_every_complaint_once_with_the_other_scorer()
    {
        await using var deployment = await SplitDeployment.CreateAsync("triage-scorer-kill-");
        var batches = new CorpusGenerator(new CorpusOptions { Seed = 919, Complaints = Total, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!).Chunk(400).ToList();
        await using var intake = await deployment.StartAsync("intake");
        var doomed = await deployment.StartAsync("scoring");
        var clock = Stopwatch.StartNew();
        using var desk = intake.Client("dev-desk-key");
        async Task PostAsync(JsonNode[] batch) =>
            Assert.That((await desk.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(batch.Select(n => n.DeepClone()).ToArray()))).StatusCode,
                Is.EqualTo(HttpStatusCode.OK));

        // The first scorer works alone on the first batch until it has scored some, and the second starts only then:
        // a process answers /health/live before its bus consumes, so two started together could leave one without a
        // message until the other had drained the queue, and the kill would test nothing. The rest is posted with both
        // consuming, and the first is killed with its share of it in hand.
        await PostAsync(batches[0]);
        var underway = await Eventually.HoldsAsync(() => doomed.Output.Contains("scored"), TimeSpan.FromSeconds(120));
        Assert.That(underway, Is.True, "the first scorer got going");
        await using var survivor = await deployment.StartAsync("scoring,routing");
        foreach (var batch in batches.Skip(1))
            await PostAsync(batch);
        await using var connection = new NpgsqlConnection(deployment.ConnectionString);
        var scoredAtKill = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint_scores");
        await doomed.KillAsync();
        var killedAt = clock.Elapsed;

        var routed = await Ledger.AllRoutedAsync(connection, Total, TimeSpan.FromSeconds(240));
        var ledger = await Ledger.ReadAsync(connection);
        TestContext.Out.WriteLine($"killed one of two scorers at {killedAt.TotalSeconds:0} s with {scoredAtKill} scored; all routed at {clock.Elapsed.TotalSeconds:0} s; {ledger}");

        Assert.That(doomed.Output, Does.Contain("scored"), "the killed scorer had scored complaints");
        Assert.That(routed, Is.True, $"not every complaint was routed: {ledger}\n{survivor.Output[^Math.Min(3000, survivor.Output.Length)..]}");
        Assert.That(ledger.Complaints, Is.EqualTo(Total));
        Assert.That(ledger.ScoredTwice, Is.Zero, ledger.ToString());
        Assert.That(ledger.RoutedTwice, Is.Zero, ledger.ToString());
        Assert.That(ledger.WithoutOnlineScore, Is.Zero, ledger.ToString());
    }
}
