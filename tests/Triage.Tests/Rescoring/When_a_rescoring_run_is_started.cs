using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

using static Triage.Tests.Rescoring.RescoringRequests;

namespace Triage.Tests.Rescoring;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_rescoring_run_is_started(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all", ["Triage:Rescoring:ChunkSize"] = "3" };

    [Test]
    public async Task Should_rescore_the_window_in_hindsight_and_record_the_run()
    {
        var day = Ring.NextDay();
        var ids = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day));
        var admin = Factory.CreateClient("dev-admin-key");

        var started = await admin.PostJsonAsync("/api/v1/rescoring", Window(day));
        var runId = (await started.JsonAsync()).GetProperty("runId").GetString();
        var run = await CompletedAsync(admin, runId!);

        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(started.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/rescoring/{runId}"));
        Assert.That(run.GetProperty("total").GetInt32(), Is.EqualTo(8));
        Assert.That(run.GetProperty("processed").GetInt32(), Is.EqualTo(8));
        Assert.That(run.GetProperty("changed").GetInt32(), Is.GreaterThan(0), "hindsight sees the whole ring, so the early members' scores move");
        Assert.That(run.GetProperty("startedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(run.GetProperty("finishedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        var first = ids[0];
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint_scores WHERE complaint_id = @first AND mode = 'hindsight'", new { first }),
            Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rescoring_chunks WHERE run_id = @Run AND done_at IS NOT NULL", new { Run = Guid.Parse(runId!) }),
            Is.EqualTo(3));
        Assert.That(await OutboxRows.CountAsync(connection, "ComplaintScored", first),
            Is.EqualTo(2), "the hindsight change is published as the online score was");
    }

    [Test]
    public async Task Should_record_its_times_from_the_request_to_the_completion_with_its_phases()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day));
        var admin = Factory.CreateClient("dev-admin-key");

        var requested = DateTimeOffset.UtcNow;
        var started = await admin.PostJsonAsync("/api/v1/rescoring", Window(day));
        var answered = DateTimeOffset.UtcNow;
        var run = await CompletedAsync(admin, (await started.JsonAsync()).GetProperty("runId").GetString()!);
        var seenCompleted = DateTimeOffset.UtcNow;

        var startedAt = run.GetProperty("startedAt").GetDateTimeOffset();
        var finishedAt = run.GetProperty("finishedAt").GetDateTimeOffset();
        Assert.That(startedAt, Is.InRange(requested.AddMilliseconds(-5), answered), "startedAt is the request");
        Assert.That(finishedAt, Is.InRange(answered, seenCompleted), "finishedAt is the completion, before anyone saw it completed");
        var phases = run.GetProperty("phases").EnumerateArray().ToList();
        Assert.That(phases.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "plan", "queue", "window", "chunks", "clusters" }));
        var previousEnd = startedAt;
        foreach (var phase in phases)
        {
            var from = phase.GetProperty("startedAt").GetDateTimeOffset();
            var to = phase.GetProperty("finishedAt").GetDateTimeOffset();
            Assert.That(from, Is.GreaterThanOrEqualTo(previousEnd), $"{phase}: phases follow one another");
            Assert.That(to, Is.GreaterThanOrEqualTo(from).And.LessThanOrEqualTo(finishedAt), phase.ToString());
            Assert.That(phase.GetProperty("seconds").GetDouble(), Is.EqualTo((to - from).TotalSeconds).Within(0.002));
            previousEnd = to;
        }
        Assert.That(previousEnd, Is.EqualTo(finishedAt), "the cluster step ends the run");
        Assert.That(phases[0].GetProperty("startedAt").GetDateTimeOffset(), Is.EqualTo(startedAt));
    }

    [Test]
    public async Task Should_change_nothing_when_the_same_window_is_rescored_again()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day));
        var admin = Factory.CreateClient("dev-admin-key");
        await RunDayAsync(admin, day);

        var again = await RunDayAsync(admin, day);

        Assert.That(again.GetProperty("processed").GetInt32(), Is.EqualTo(8));
        Assert.That(again.GetProperty("changed").GetInt32(), Is.Zero);
    }

    // The person step across chunks: a ring member files an ordinary complaint of their own late that day, three chunks
    // after their ring filing. The chunk that holds it scores the person's ring filing too and decides it with it.
    [Test]
    public async Task Should_decide_a_persons_filings_alike_whichever_chunk_holds_them()
    {
        var (day, ids) = await RingMemberWithOwnFilingAsync();
        var admin = Factory.CreateClient("dev-admin-key");
        var analyst = Factory.CreateClient("dev-analyst-key");

        await RunDayAsync(admin, day);
        var member = (await (await analyst.GetAsync($"/api/v1/complaints/{ids[0]}")).JsonAsync()).GetProperty("triage");
        var filing = (await (await analyst.GetAsync($"/api/v1/complaints/{ids[^1]}")).JsonAsync()).GetProperty("triage");
        var again = await RunDayAsync(admin, day);

        Assert.That(member.GetProperty("suspect").GetBoolean(), Is.True);
        Assert.That(filing.GetProperty("suspect").GetBoolean(), Is.True, filing.ToString());
        Assert.That(filing.GetProperty("reasons")[0].GetString(), Does.Contain($"（{ids[0]}）已判为可疑"));
        Assert.That(again.GetProperty("changed").GetInt32(), Is.Zero, "the same window decided again changes nothing");
    }

    // An analyst who judged the ring filing honest has the last word: it makes no other filing of the person suspect.
    [Test]
    public async Task Should_not_decide_a_persons_filing_with_one_an_analyst_judged_honest()
    {
        var (day, ids) = await RingMemberWithOwnFilingAsync();
        var admin = Factory.CreateClient("dev-admin-key");
        var analyst = Factory.CreateClient("dev-analyst-key");
        var verdict = await analyst.PostJsonAsync($"/api/v1/complaints/{ids[0]}/verdict", new JsonObject { ["verdict"] = "honest", ["note"] = "own words" });

        await RunDayAsync(admin, day);
        var filing = (await (await analyst.GetAsync($"/api/v1/complaints/{ids[^1]}")).JsonAsync()).GetProperty("triage");

        Assert.That(verdict.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(filing.GetProperty("suspect").GetBoolean(), Is.False, filing.ToString());
        Assert.That(filing.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Has.None.Contains("已判为可疑"));
    }

    // A ring of eight over the morning; the first member's own ordinary complaint at 22:00, the day's last filing.
    private async Task<(string Day, List<Guid> Ids)> RingMemberWithOwnFilingAsync()
    {
        var day = Ring.NextDay();
        var ring = Ring.Complaints(Ring.AgentPhone(), day);
        var own = Infrastructure.SampleComplaints.Minimal();
        own["receivedAt"] = $"{day}T22:00:00+08:00";
        own["complainant"] = ring[0]["complainant"]!.DeepClone();
        own["text"] = "上个月的账单里多扣了一笔我没有办理过的会员服务费，客服说查不到记录，请核实后把这笔钱退回我的银行卡。";
        return (day, await Factory.SubmitRoutedAsync([.. ring, own]));
    }

    [Test]
    public async Task Should_let_only_administrators_start_or_read_a_run()
    {
        var body = Window(Ring.NextDay());
        var desk = await Factory.CreateClient("dev-desk-key").PostJsonAsync("/api/v1/rescoring", body);
        var analyst = await Factory.CreateClient("dev-analyst-key").PostJsonAsync("/api/v1/rescoring", body);
        var read = await Factory.CreateClient("dev-analyst-key").GetAsync($"/api/v1/rescoring/{Guid.NewGuid()}");
        var unknown = await Factory.CreateClient("dev-admin-key").GetAsync($"/api/v1/rescoring/{Guid.NewGuid()}");

        Assert.That(desk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(analyst.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_refuse_a_window_that_ends_before_it_starts_naming_the_field()
    {
        var response = await Factory.CreateClient("dev-admin-key").PostJsonAsync("/api/v1/rescoring",
            new JsonObject { ["since"] = "2026-11-20T00:00:00+08:00", ["until"] = "2026-11-10T00:00:00+08:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty("since", out _), Is.True);
    }
}
