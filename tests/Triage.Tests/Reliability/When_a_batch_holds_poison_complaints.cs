using System.Net;
using Dapper;
using Npgsql;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// Two poison complaints queued among healthy ones, so that they reach scoring in one batch: one whose sealed data cannot
// be opened (the batch sets it aside as it reads), and one with an identifier of a kind nobody knows (the whole batch
// fails, and its complaints are scored one by one). Only the two are faulted and parked; every other complaint of the
// batch is scored once and routed on its score.
[ProductionForm]
[Category("Fault")]
public class When_a_batch_holds_poison_complaints
{
    private const int Healthy = 30;

    [Test]
    public async Task Should_park_only_the_poison_complaints_and_score_the_rest_of_the_batch()
    {
        await using var deployment = await SplitDeployment.CreateAsync("triage-poison-batch-");
        var ids = new List<Guid>();
        await using (var intake = await deployment.StartAsync("intake"))
        {
            using var desk = intake.Client("dev-desk-key");
            for (var i = 0; i < Healthy + 2; i++)
                ids.Add(await IdOf(await desk.PostJsonAsync("/api/v1/complaints", i % 2 == 0 ? SampleComplaints.Valid() : SampleComplaints.Minimal())));
        }
        var (unreadable, unknownKind) = (ids[7], ids[20]);
        var healthy = ids.Except([unreadable, unknownKind]).ToList();
        await using var connection = new NpgsqlConnection(deployment.ConnectionString);
        var sealedData = await connection.QuerySingleAsync<byte[]>("SELECT personal FROM complaints WHERE id = @unreadable", new { unreadable });
        sealedData[^1] ^= 0xFF;
        await connection.ExecuteAsync("UPDATE complaints SET personal = @sealedData WHERE id = @unreadable", new { sealedData, unreadable });
        Assert.That(await connection.ExecuteAsync("UPDATE complaint_identifiers SET kind = 'Unheard' WHERE complaint_id = @unknownKind", new { unknownKind }),
            Is.GreaterThan(0), "the complaint chosen for the unknown identifier has identifiers");

        await using var worker = await deployment.StartAsync("scoring,routing",
        [
            "--Triage:Scoring:Batches", "true", "--Triage:Routing:Batches", "true",
            // Long enough that a slow machine scores the healthy complaints before anything is re-driven.
            "--Triage:Reconciler:Interval", "00:00:01",
            "--Triage:Reconciler:Bound", "00:00:30",
            "--Triage:Reconciler:BackoffBase", "00:00:05",
            "--Triage:Reconciler:MaxBackoff", "00:00:10",
            "--Triage:Reconciler:MaxAttempts", "2",
        ]);
        var parked = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'") == ids.Count, TimeSpan.FromSeconds(180));
        Assert.That(parked, Is.True, $"not every complaint was routed:\n{Tail(worker.Output)}");

        var faults = (await connection.QueryAsync<(Guid ComplaintId, string Stage, string Error)>("SELECT complaint_id, stage, error FROM faults")).ToList();
        Assert.That(faults.Select(f => f.ComplaintId), Is.EquivalentTo(new[] { unreadable, unknownKind }), "only the poison complaints are parked");
        Assert.That(faults.Select(f => f.Stage), Is.All.EqualTo("scoring"));
        Assert.That(faults.Single(f => f.ComplaintId == unreadable).Error, Does.Contain("Cryptographic").Or.Contain("Authentication"));
        Assert.That(faults.Single(f => f.ComplaintId == unknownKind).Error, Does.Contain("Unheard"));
        var scored = (await connection.QueryAsync<(Guid Id, double? Score, string? LastError)>(
            "SELECT id, triage_score, last_error FROM complaints WHERE id = ANY(@healthy)", new { healthy })).ToList();
        Assert.That(scored.Where(s => s.Score is null || s.LastError is not null).Select(s => s.Id), Is.Empty,
            "a healthy complaint was not scored, or carries an error");
        Assert.That(worker.Output, Does.Contain("scoring its complaints one by one"), "the batch with the unknown identifier fell back to one by one");

        var ledger = await Ledger.ReadAsync(connection);
        Assert.That(ledger.AllRouted, Is.True, ledger.ToString());
        Assert.That(ledger.ScoredTwice, Is.Zero, "nothing was scored twice: " + ledger);
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));
}
