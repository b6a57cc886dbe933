using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// The routing stage of the promise: a complaint scored whose ComplaintScored never arrived is routed by the reconciler's
// re-drive; one whose routing always throws is parked as a routing fault and still goes to handling. Both storages,
// so that the sweep's SQL (SKIP LOCKED on PostgreSQL) is the one that runs.
[TestFixture("sqlite")]
[TestFixture("postgres")]
[Category("Fault")]
[NonParallelizable]
public class When_a_scored_complaint_is_never_routed(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new()
    {
        // No scoring role: what reaches routing here comes from the reconciler alone.
        ["Triage:Roles"] = "intake,routing",
        ["Triage:Reconciler:Interval"] = "00:00:01",
        ["Triage:Reconciler:Bound"] = "00:00:03",
        ["Triage:Reconciler:BackoffBase"] = "00:00:02",
        ["Triage:Reconciler:MaxBackoff"] = "00:00:02",
        ["Triage:Reconciler:MaxAttempts"] = "1",
    };

    [Test]
    public async Task Should_route_it_when_its_message_was_lost()
    {
        var id = await Factory.SubmitAsync(SampleComplaints.Minimal());
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        await MarkScoredAsync(connection, id);

        var routed = await Eventually.HoldsAsync(async () => await StatusAsync(connection, id) == "routed", TimeSpan.FromSeconds(30));

        var row = await connection.QuerySingleAsync<(string Destination, string Reason, int Attempts)>(
            "SELECT route_destination, route_reason, attempts FROM complaints WHERE id = @id", new { id });
        Assert.That(routed, Is.True, "the re-driven ComplaintScored routed it");
        Assert.That(row.Destination, Does.StartWith("handling/"));
        Assert.That(row.Reason, Does.Contain("不可疑"), "routed by its score, as routing decides, not parked");
        Assert.That(row.Attempts, Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM faults WHERE complaint_id = @id", new { id }), Is.Zero);
    }

    [Test]
    public async Task Should_park_it_as_a_routing_fault_and_send_it_to_handling_when_routing_always_fails()
    {
        var id = await Factory.SubmitAsync(SampleComplaints.Minimal());
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        // Without a desk category routing reads the text to infer one; a text that cannot be opened fails it every time.
        var broken = await connection.QuerySingleAsync<byte[]>("SELECT personal FROM complaints WHERE id = @id", new { id });
        broken[^1] ^= 0xFF;
        await connection.ExecuteAsync("UPDATE complaints SET personal = @broken WHERE id = @id", new { broken, id });
        await MarkScoredAsync(connection, id);

        var parked = await Eventually.HoldsAsync(async () => await StatusAsync(connection, id) == "routed", TimeSpan.FromSeconds(45));

        var row = await connection.QuerySingleAsync<(string Destination, string Reason)>(
            "SELECT route_destination, route_reason FROM complaints WHERE id = @id", new { id });
        Assert.That(parked, Is.True, "parked and routed after its re-drive failed");
        Assert.That(row.Destination, Is.EqualTo("handling/other"), "its text cannot be read for a category");
        Assert.That(row.Reason, Does.Contain("无法自动分派").And.Contain("转人工处理"));
        using var admin = Factory.CreateClient("dev-admin-key");
        var faults = await (await admin.GetAsync("/api/v1/admin/faults")).JsonAsync();
        var fault = faults.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("complaintId").GetGuid() == id);
        Assert.That(fault.GetProperty("stage").GetString(), Is.EqualTo("routing"));
        Assert.That(fault.GetProperty("routeDestination").GetString(), Is.EqualTo("handling/other"));
    }

    private static Task MarkScoredAsync(System.Data.Common.DbConnection connection, Guid id) =>
        connection.ExecuteAsync(
            """
            UPDATE complaints SET status = 'scored', triage_score = 0.01, triage_suspect = 0, triage_reasons = '[]',
                triage_model_version = 'test', triage_scored_at = @Now WHERE id = @Id
            """, new { Id = id, Now = DateTimeOffset.UtcNow });

    private static Task<string?> StatusAsync(System.Data.Common.DbConnection connection, Guid id) =>
        connection.ExecuteScalarAsync<string?>("SELECT status FROM complaints WHERE id = @id", new { id });
}
