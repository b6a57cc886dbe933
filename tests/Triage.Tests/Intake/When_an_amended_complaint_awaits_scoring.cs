using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

// Intake alone: nothing scores the amended complaint, so what the amendment leaves for the reconciler stays to be read.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_an_amended_complaint_awaits_scoring(string storage) : StorageFixture(storage)
{
    [Test]
    public async Task Should_be_received_again_due_for_a_redrive_two_minutes_on_with_its_attempts_afresh()
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var id = Guid.Parse((await (await desk.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        // As a routed complaint whose earlier processing failed would stand.
        await connection.ExecuteAsync("UPDATE complaints SET status = 'routed', attempts = 3, last_error = 'boom', next_attempt_at = NULL WHERE id = @id", new { id });

        var before = DateTimeOffset.UtcNow;
        var response = await desk.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["text"] = "补充:扣款发生在本月三号和五号,两笔金额相同。" });
        var after = DateTimeOffset.UtcNow;
        var row = await connection.QuerySingleAsync<ReconcilerRow>(
            "SELECT status, attempts, last_error AS LastError, next_attempt_at AS NextAttemptAt FROM complaints WHERE id = @id", new { id });
        var published = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintReceived' AND body LIKE @Pattern", new { Pattern = $"%{id}%" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(row.Status, Is.EqualTo("received"));
        Assert.That(row.Attempts, Is.Zero);
        Assert.That(row.LastError, Is.Null);
        Assert.That(row.NextAttemptAt, Is.InRange(before.AddMinutes(2).AddSeconds(-1), after.AddMinutes(2).AddSeconds(1)));
        Assert.That(published, Is.EqualTo(2), "one ComplaintReceived at intake, one for the amendment");
    }

    private sealed class ReconcilerRow
    {
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset? NextAttemptAt { get; init; }
    }
}
