using System.Net;
using System.Text.Json;
using Dapper;
using Npgsql;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// A poison complaint: its sealed data cannot be opened, so scoring throws on every attempt. The reconciler re-drives it
// with back-off, parks it as a fault with the error, and routes it to handling so that a person answers it; an admin
// sees the fault and re-drives it once the data is repaired, and then it is scored and routed like any other.
[ProductionForm]
[Category("Fault")]
public class When_a_complaint_can_never_be_scored
{
    [Test]
    public async Task Should_park_it_as_a_fault_route_it_to_handling_and_score_it_when_retried()
    {
        await using var deployment = await SplitDeployment.CreateAsync("triage-poison-");
        Guid poison;
        var healthy = new List<Guid>();
        await using (var intake = await deployment.StartAsync("intake"))
        {
            using var desk = intake.Client("dev-desk-key");
            poison = await IdOf(await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid()));
            for (var i = 0; i < 3; i++)
                healthy.Add(await IdOf(await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Minimal())));
        }
        await using var connection = new NpgsqlConnection(deployment.ConnectionString);
        var sealedData = await connection.QuerySingleAsync<byte[]>("SELECT personal FROM complaints WHERE id = @poison", new { poison });
        var broken = sealedData.ToArray();
        broken[^1] ^= 0xFF;
        await connection.ExecuteAsync("UPDATE complaints SET personal = @broken WHERE id = @poison", new { broken, poison });

        await using var worker = await deployment.StartAsync("scoring,routing,review",
        [
            "--Triage:Reconciler:Interval", "00:00:01",
            "--Triage:Reconciler:Bound", "00:00:02",
            "--Triage:Reconciler:BackoffBase", "00:00:05",
            "--Triage:Reconciler:MaxBackoff", "00:00:10",
            "--Triage:Reconciler:MaxAttempts", "2",
        ]);
        var parked = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<string?>("SELECT status FROM complaints WHERE id = @poison", new { poison }) == "routed",
            TimeSpan.FromSeconds(120));
        Assert.That(parked, Is.True, $"the poison complaint was never routed:\n{Tail(worker.Output)}");
        var route = await connection.QuerySingleAsync<(string Destination, string Reason)>(
            "SELECT route_destination, route_reason FROM complaints WHERE id = @poison", new { poison });
        Assert.That(route.Destination, Is.EqualTo("handling/collection"), "routed to handling under the desk's category");
        Assert.That(route.Reason, Does.Contain("无法自动评分").And.Contain("转人工处理"));

        using var admin = worker.Client("dev-admin-key");
        var faults = await (await admin.GetAsync("/api/v1/admin/faults")).JsonAsync();
        var fault = faults.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("complaintId").GetGuid() == poison);
        Assert.That(fault.GetProperty("stage").GetString(), Is.EqualTo("scoring"));
        Assert.That(fault.GetProperty("error").GetString(), Does.Contain("Cryptographic").Or.Contain("Authentication"),
            "the fault keeps the error scoring failed with");
        Assert.That(fault.GetProperty("attempts").GetInt32(), Is.EqualTo(2));
        Assert.That(fault.GetProperty("routeDestination").GetString(), Is.EqualTo("handling/collection"));
        Assert.That(faults.GetProperty("open").GetInt32(), Is.EqualTo(1));
        Assert.That((await worker.Client("dev-analyst-key").GetAsync("/api/v1/admin/faults")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await worker.Client("dev-desk-key").GetAsync("/api/v1/admin/faults")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var othersRouted = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed' AND triage_score IS NOT NULL") == healthy.Count,
            TimeSpan.FromSeconds(60));
        Assert.That(othersRouted, Is.True, "the healthy complaints were scored and routed meanwhile");

        await connection.ExecuteAsync("UPDATE complaints SET personal = @sealedData WHERE id = @poison", new { sealedData, poison });
        var faultId = fault.GetProperty("id").GetGuid();
        var retry = await admin.PostAsync($"/api/v1/admin/faults/{faultId}/retry", null);
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));

        var resolved = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<bool>("SELECT resolved_at IS NOT NULL FROM faults WHERE id = @faultId", new { faultId }),
            TimeSpan.FromSeconds(60));
        Assert.That(resolved, Is.True, $"the retried fault was never resolved:\n{Tail(worker.Output)}");
        var scored = await connection.QuerySingleAsync<(string Status, double? Score, string Reason)>(
            "SELECT status, triage_score, route_reason FROM complaints WHERE id = @poison", new { poison });
        Assert.That(scored.Status, Is.EqualTo("routed"));
        Assert.That(scored.Score, Is.Not.Null, "scored once its data could be read");
        Assert.That(scored.Reason, Does.Not.Contain("无法自动评分"));
        Assert.That((await admin.PostAsync($"/api/v1/admin/faults/{faultId}/retry", null)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var open = await (await admin.GetAsync("/api/v1/admin/faults")).JsonAsync();
        Assert.That(open.GetProperty("open").GetInt32(), Is.Zero);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'retry-fault'"), Is.EqualTo(1));

        var ledger = await Ledger.ReadAsync(connection);
        Assert.That(ledger.AllRouted, Is.True, ledger.ToString());
        Assert.That(ledger.ScoredTwice, Is.Zero, "the re-drives scored nothing twice: " + ledger);
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static string Tail(string output) => output[^Math.Min(4000, output.Length)..];
}
