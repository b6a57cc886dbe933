using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Scoring.Batches;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// Online scoring forms its batches from what has arrived when a worker is free (ScoringBatcher), not by a clock: under a
// flood the batches hold many complaints (up to the limit), every complaint is scored in exactly one of them, and a lone
// complaint is scored without waiting for batch-mates that never come.
public partial class When_scoring_batches_wait_for_their_batch_mates
{
    // One worker by default; more when Triage:Scoring:BatchWorkers says so, each complaint still scored once.
    [TestCase(null, 1)]
    [TestCase("3", 3)]
    public async Task Should_gather_a_flood_into_batches_up_to_the_limit_and_score_each_complaint_once(string? workers, int expected)
    {
        const int flood = 300;
        var settings = new Dictionary<string, string?> { ["Triage:Roles"] = "all" };
        if (workers is not null)
            settings["Triage:Scoring:BatchWorkers"] = workers;
        using var factory = TriageFactory.Sqlite(settings);
        using var desk = factory.CreateClient("dev-desk-key");

        await desk.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(Enumerable.Range(0, flood).Select(_ => (JsonNode)SampleComplaints.Minimal()).ToArray()));
        var routed = await Eventually.HoldsAsync(async () => await CountAsync(factory, "SELECT COUNT(*) FROM complaints WHERE routed_at IS NOT NULL") == flood,
            TimeSpan.FromSeconds(120));

        Assert.That(routed, Is.True, "every complaint of the flood is routed");
        var batches = factory.Logs.Entries.Where(e => e.Category == typeof(ComplaintBatchScorer).FullName)
            .Select(e => BatchLine().Match(e.Message)).Where(m => m.Success)
            .Select(m => (Messages: int.Parse(m.Groups[1].Value), Scored: int.Parse(m.Groups[2].Value))).ToList();
        Assert.That(batches.Sum(b => b.Scored), Is.EqualTo(flood), "each complaint scored in exactly one batch");
        Assert.That(batches.Max(b => b.Messages), Is.GreaterThan(1).And.LessThanOrEqualTo(ScoringBatcher.MessageLimit),
            $"batch sizes: {string.Join(", ", batches.Select(b => b.Messages))}");
        Assert.That(batches.Count, Is.LessThan(flood / 2), "the flood was gathered into batches, not scored one by one");
        Assert.That(await CountAsync(factory, "SELECT COUNT(*) FROM complaint_scores"), Is.EqualTo(flood), "one score row a complaint");
        Assert.That(factory.Logs.Entries.Where(e => e.Category == typeof(ScoringBatcher).FullName).Select(e => e.Message),
            Has.One.EqualTo($"Scoring in batches of up to {ScoringBatcher.MessageLimit} complaints, {expected} at a time"));
    }

    [TestCase("0")]
    [TestCase("9")]
    public void Should_refuse_to_start_with_a_number_of_workers_out_of_range(string workers)
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "scoring", ["Triage:Scoring:BatchWorkers"] = workers });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Triage:Scoring:BatchWorkers must be between 1 and 8"));
    }

    [Test]
    public async Task Should_score_and_route_a_lone_complaint()
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });

        var complaint = await factory.RoutedAsync(await factory.SubmitAsync(SampleComplaints.Valid()));

        Assert.That(complaint.GetProperty("route").GetProperty("destination").GetString(), Is.Not.Null.And.Not.Empty);
        Assert.That(factory.Logs.Entries.Count(e => e.Category == typeof(ComplaintBatchScorer).FullName && BatchLine().IsMatch(e.Message)), Is.EqualTo(1));
    }

    private static async Task<long> CountAsync(TriageFactory factory, string sql)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [GeneratedRegex(@"^A batch of (\d+) messages scored (\d+) complaints")]
    private static partial Regex BatchLine();
}
