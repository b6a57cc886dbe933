using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_ring_files_through_the_intake(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_put_its_members_in_one_suspect_cluster_and_route_them_all_to_the_fraud_team()
    {
        var (ids, cluster) = await SubmitRingAsync();
        var members = await MembersAsync(ids);

        Assert.That(members.Select(m => m.GetProperty("triage").GetProperty("clusterId").GetString()).Distinct(), Is.EqualTo(new[] { cluster }));
        Assert.That(members.Select(m => m.GetProperty("route").GetProperty("destination").GetString()), Is.All.EqualTo("fraud-review"));
        Assert.That(members.Select(m => m.GetProperty("status").GetString()), Is.All.EqualTo("routed"));
        Assert.That(members.Select(m => m.GetProperty("triage").GetProperty("reasons").GetArrayLength()), Is.All.GreaterThan(0), "every complaint in fraud-review says why");
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        Assert.That(await OutboxRows.CountAsync(connection, "ClusterFlagged", cluster), Is.EqualTo(1));
        foreach (var id in ids)
            Assert.That(await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintRouted' AND body LIKE @Like AND body LIKE '%fraud-review%'",
                new { Like = $"%{id}%" }), Is.GreaterThanOrEqualTo(1), $"no ComplaintRouted to fraud-review for {id}");
    }

    [Test]
    public async Task Should_list_the_cluster_for_analysts_with_masked_indicators_and_explain_it()
    {
        var agentPhone = Ring.AgentPhone();
        var (_, cluster) = await SubmitRingAsync(agentPhone);
        var analyst = Factory.CreateClient("dev-analyst-key");

        var list = await (await analyst.GetAsync("/api/v1/clusters?status=open")).JsonAsync();
        var detailResponse = await analyst.GetAsync($"/api/v1/clusters/{cluster}");
        var detail = await detailResponse.JsonAsync();
        var desk = await Factory.CreateClient("dev-desk-key").GetAsync("/api/v1/clusters");

        Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Does.Contain(cluster));
        Assert.That(detailResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(desk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(detail.GetProperty("size").GetInt32(), Is.EqualTo(8));
        Assert.That(detail.GetProperty("suspect").GetBoolean(), Is.True);
        Assert.That(detail.GetProperty("risk").GetDouble(), Is.InRange(0.5, 1.0));
        var indicators = detail.GetProperty("indicators").EnumerateArray().ToList();
        var phone = indicators.Single(i => i.GetProperty("kind").GetString() == "representativePhone");
        Assert.That(phone.GetProperty("value").GetString(), Is.EqualTo($"{agentPhone[..3]}****{agentPhone[^4..]}"));
        Assert.That(phone.GetProperty("complaints").GetInt32(), Is.EqualTo(8));
        Assert.That(indicators.Select(i => i.GetProperty("kind").GetString()), Does.Contain("organization").And.Contain("template"));
        Assert.That(detailResponse.Content.Headers.ContentLength ?? (await detailResponse.Content.ReadAsStringAsync()).Length, Is.GreaterThan(0));
        Assert.That(await detailResponse.Content.ReadAsStringAsync(), Does.Not.Contain(agentPhone));
        Assert.That(detail.GetProperty("members").GetArrayLength(), Is.EqualTo(8));
        Assert.That(detail.GetProperty("timeline").EnumerateArray().Sum(d => d.GetProperty("complaints").GetInt32()), Is.EqualTo(8));
        var template = detail.GetProperty("template");
        var text = template.GetProperty("text").GetString()!;
        var spans = template.GetProperty("spans").EnumerateArray().Select(s => (Start: s.GetProperty("start").GetInt32(), Length: s.GetProperty("length").GetInt32())).ToList();
        Assert.That(spans, Is.Not.Empty);
        Assert.That(spans.Sum(s => s.Length), Is.GreaterThan(text.Length / 2), "most of a template is shared wording");
        Assert.That(string.Concat(spans.Select(s => text.Substring(s.Start, s.Length))), Does.Contain("停息挂账"));
    }

    [Test]
    public async Task Should_send_a_dismissed_cluster_back_to_the_handlers_at_once_and_keep_the_decision()
    {
        var (ids, cluster) = await SubmitRingAsync();
        var analyst = Factory.CreateClient("dev-analyst-key");

        var response = await analyst.PostJsonAsync($"/api/v1/clusters/{cluster}/verdict", new JsonObject { ["verdict"] = "dismissed", ["note"] = "genuine collection complaints" });
        var result = await response.JsonAsync();
        var members = await MembersAsync(ids);
        var again = await analyst.PostJsonAsync($"/api/v1/clusters/{cluster}/verdict", new JsonObject { ["verdict"] = "confirmed" });
        var detail = await (await analyst.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("dismissed"));
        Assert.That(result.GetProperty("rerouted").GetInt32(), Is.EqualTo(8));
        Assert.That(members.Select(m => m.GetProperty("route").GetProperty("destination").GetString()), Is.All.StartsWith("handling/"));
        Assert.That(members.Select(m => m.GetProperty("route").GetProperty("reason").GetString()), Is.All.Contains("已被分析员排除"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var verdict = detail.GetProperty("verdicts").EnumerateArray().Single();
        Assert.That(verdict.GetProperty("verdict").GetString(), Is.EqualTo("dismissed"));
        Assert.That(verdict.GetProperty("by").GetString(), Is.Not.Empty);
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM complaint_labels WHERE cluster_id = @cluster AND suspect = 0", new { cluster }), Is.EqualTo(8));
        Assert.That(await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM complaint_routes WHERE destination LIKE 'handling/%' AND cluster_id = @cluster", new { cluster }), Is.EqualTo(8));
        foreach (var id in ids)
            Assert.That(await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintRouted' AND body LIKE @Like AND body LIKE '%handling/%'",
                new { Like = $"%{id}%" }), Is.EqualTo(1), $"no ComplaintRouted back to handling for {id}");
    }

    [Test]
    public async Task Should_not_let_a_dismissed_cluster_pull_in_new_complaints_until_it_is_reopened()
    {
        var agentPhone = Ring.AgentPhone();
        var day = Ring.NextDay();
        var (_, cluster) = await SubmitRingAsync(agentPhone, day);
        var analyst = Factory.CreateClient("dev-analyst-key");
        await analyst.PostJsonAsync($"/api/v1/clusters/{cluster}/verdict", new JsonObject { ["verdict"] = "dismissed" });

        var late = Ring.Complaints(agentPhone, day, size: 1)[0];
        late["receivedAt"] = $"{day}T22:00:00+08:00";
        late["complainant"]!["name"] = "周杰";
        var lateId = await Factory.SubmitAsync(late);
        var lateComplaint = await Factory.RoutedAsync(lateId);
        var reopened = await analyst.PostAsync($"/api/v1/clusters/{cluster}/reopen", null);
        var afterReopen = await (await analyst.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync();

        Assert.That(lateComplaint.GetProperty("triage").GetProperty("clusterId").GetString(), Is.Not.EqualTo(cluster));
        Assert.That(reopened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterReopen.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(afterReopen.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("route").GetProperty("destination").GetString()),
            Is.All.EqualTo("fraud-review"));
    }

    [Test]
    public async Task Should_record_who_read_the_cluster()
    {
        var (_, cluster) = await SubmitRingAsync();
        await Factory.CreateClient("dev-analyst-key").GetAsync($"/api/v1/clusters/{cluster}");

        var response = await Factory.CreateClient("dev-admin-key").GetAsync($"/api/v1/admin/audit?subject=cluster:{cluster}");
        var audit = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), audit.ToString());
        var entry = audit.EnumerateArray().First();

        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("read-cluster"));
        Assert.That(entry.GetProperty("actor").GetString(), Is.Not.Empty);
        Assert.That(entry.GetProperty("detail").GetString(), Is.EqualTo("8 members"));
    }

    [Test]
    public async Task Should_refuse_a_verdict_that_is_neither_confirmed_nor_dismissed_naming_the_field()
    {
        var (_, cluster) = await SubmitRingAsync();
        var response = await Factory.CreateClient("dev-analyst-key").PostJsonAsync($"/api/v1/clusters/{cluster}/verdict", new JsonObject { ["verdict"] = "maybe" });
        var problem = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("errors").TryGetProperty("verdict", out _), Is.True);
    }

    private async Task<(List<Guid> Ids, string Cluster)> SubmitRingAsync(string? agentPhone = null, string? day = null)
    {
        var ids = await Factory.SubmitAllAsync(Ring.Complaints(agentPhone ?? Ring.AgentPhone(), day ?? Ring.NextDay()));
        var members = await MembersAsync(ids);
        var cluster = members[0].GetProperty("triage").GetProperty("clusterId").GetString();
        Assert.That(cluster, Is.Not.Null, "the ring's first member has no cluster");
        return (ids, cluster!);
    }

    private async Task<List<JsonElement>> MembersAsync(List<Guid> ids)
    {
        var members = new List<JsonElement>();
        foreach (var id in ids)
            members.Add(await Factory.RoutedAsync(id));
        return members;
    }
}
