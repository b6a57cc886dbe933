using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// A broker redelivers what a consumer had committed but not acknowledged (the process died in between): the same
// messages, with the same ids, in a batch of their own. Nothing may change: no second score, no second ComplaintScored,
// no route written again, the clusters as they were.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_scored_batch_is_delivered_again(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings =>
        new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Batches"] = "true", ["Triage:Routing:Batches"] = "true" };

    [Test]
    public async Task Should_change_nothing()
    {
        var complaints = Ring.Complaints(Ring.AgentPhone(), Ring.NextDay()).Concat(Enumerable.Range(0, 4).Select(_ => SampleComplaints.Minimal())).ToList();
        var ids = await Factory.SubmitRoutedAsync(complaints);
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        var before = await SnapshotAsync(connection);
        var received = (await connection.QueryAsync<(Guid MessageId, string Body)>(
                "SELECT message_id, body FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintReceived'"))
            .Select(m => (m.MessageId, Message: JsonSerializer.Deserialize<ComplaintReceived>(m.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!))
            .Where(m => ids.Contains(m.Message.ComplaintId))
            .ToList();
        Assert.That(received, Has.Count.EqualTo(ids.Count), "one ComplaintReceived per complaint");

        var bus = Factory.Services.GetRequiredService<IBus>();
        var logged = Factory.Logs.Lines.Count;
        await Task.WhenAll(received.Select(m => bus.Publish(m.Message, context => context.MessageId = m.MessageId)));
        var answered = await Eventually.HoldsAsync(() =>
            Factory.Logs.Lines.Skip(logged).Where(l => l.Contains("changes nothing: ")).Sum(Settled) >= ids.Count, TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        var after = await SnapshotAsync(connection);

        Assert.That(answered, Is.True, "the redelivered messages were not all consumed:\n" + string.Join("\n", Factory.Logs.Lines.TakeLast(20)));
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before.Split('\n').First(), Does.Contain($"scores={ids.Count} "), "one online score per complaint");
    }

    // What scoring, clustering and routing wrote, as one comparable text.
    private static async Task<string> SnapshotAsync(System.Data.Common.DbConnection connection)
    {
        var counts = await connection.QuerySingleAsync<(long Scores, long Scored, long Flagged, long Routes, long Links)>(
            """
            SELECT (SELECT COUNT(*) FROM complaint_scores WHERE mode = 'online'),
                   (SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintScored'),
                   (SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ClusterFlagged'),
                   (SELECT COUNT(*) FROM complaint_routes),
                   (SELECT COUNT(*) FROM cluster_links)
            """);
        var complaints = await connection.QueryAsync<string>(
            "SELECT id || ' ' || status || ' ' || COALESCE(triage_cluster_id, '-') || ' ' || COALESCE(route_destination, '-') FROM complaints ORDER BY id");
        var clusters = await connection.QueryAsync<string>(
            "SELECT id || ' ' || size || ' ' || suspect || ' ' || COALESCE(merged_into, '-') FROM clusters ORDER BY id");
        return $"scores={counts.Scores} scored={counts.Scored} flagged={counts.Flagged} routes={counts.Routes} links={counts.Links} \n"
               + string.Join("\n", complaints) + "\n" + string.Join("\n", clusters);
    }

    private static int Settled(string line) =>
        line.Split(' ').FirstOrDefault(p => p.StartsWith("Settled=", StringComparison.Ordinal)) is { } pair ? int.Parse(pair["Settled=".Length..]) : 0;
}
