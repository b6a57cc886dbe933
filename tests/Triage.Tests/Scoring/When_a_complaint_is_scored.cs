using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;
using Triage.Tests.Signals;

namespace Triage.Tests.Scoring;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_complaint_is_scored(string storage) : StorageFixture(storage)
{
    private const string Template =
        "本人{0},因{1}导致非恶意逾期,现全权委托代理人与贵司协商。要求贵司立即停止催收,停息挂账,减免全部罚息和违约金," +
        "本金{2}元分{3}期偿还,并修复我的征信记录。如不同意,我将向金融监管总局和12378投诉,并向媒体曝光,请与我的代理人联系。";

    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_store_the_score_reasons_and_model_version_and_mark_it_scored()
    {
        using var client = Factory.CreateClient("dev-analyst-key");
        var lone = SampleComplaints.Valid();
        lone["complainant"] = new JsonObject { ["name"] = "孙丽", ["idNumber"] = ResidentIds.Make(Random.Shared.Next(1, 9_000)) };
        lone.Remove("representative");
        lone.Remove("origin");
        // Its own words: the other tests of this fixture file SampleComplaints.Valid()'s text, and a lone complaint with the
        // same text as another person's is a template link (a cluster of two) once that one is scored first.
        lone["text"] = "上个月的账单里多扣了一笔我没有办理过的会员服务费,客服说查不到记录,请核实后把这笔钱退回我的银行卡。";
        var id = await SubmitAsync(client, lone);

        var scored = await Eventually.HoldsAsync(async () => (await GetAsync(client, id)).GetProperty("status").GetString() == "routed", TimeSpan.FromSeconds(30));
        var complaint = await GetAsync(client, id);
        var model = await (await Factory.CreateClient("dev-analyst-key").GetAsync("/api/v1/model")).JsonAsync();

        Assert.That(scored, Is.True);
        var triage = complaint.GetProperty("triage");
        Assert.That(triage.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
        Assert.That(triage.GetProperty("modelVersion").GetString(), Is.EqualTo(model.GetProperty("version").GetString()));
        Assert.That(triage.GetProperty("reasons").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(triage.GetProperty("clusterId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(complaint.GetProperty("route").GetProperty("destination").GetString(), Does.StartWith("handling/"));
    }

    [Test]
    public async Task Should_flag_a_templated_ring_behind_one_agent_phone_and_say_why()
    {
        using var client = Factory.CreateClient("dev-analyst-key");
        var agentPhone = $"137{Random.Shared.Next(10_000_000, 99_999_999)}";
        string[] names = ["王小明", "李娟", "张伟", "刘芳", "陈磊", "杨洋", "赵敏", "黄磊"];
        string[] reasons = ["失业", "生病住院", "家庭变故", "疫情影响收入", "公司倒闭", "工资拖欠", "车祸", "生意失败"];
        var ids = new List<Guid>();
        for (var i = 0; i < names.Length; i++)
        {
            var complaint = SampleComplaints.Minimal();
            complaint["channel"] = "regulator";
            complaint["receivedAt"] = $"2026-11-10T1{i}:00:00+08:00";
            complaint["complainant"] = new JsonObject { ["name"] = names[i], ["idNumber"] = ResidentIds.Make(5000 + i + Random.Shared.Next(1, 100) * 10) };
            complaint["representative"] = new JsonObject { ["relation"] = "agent", ["phone"] = agentPhone, ["organization"] = "安心法务咨询有限公司" };
            complaint["text"] = string.Format(Template, names[i], reasons[i], 10_000 + i * 3_517, 12 + i * 6);
            ids.Add(await SubmitAsync(client, complaint));
        }

        var allScored = await Eventually.HoldsAsync(async () =>
        {
            foreach (var id in ids)
                if ((await GetAsync(client, id)).GetProperty("status").GetString() != "routed")
                    return false;
            return true;
        }, TimeSpan.FromSeconds(60));
        var last = (await GetAsync(client, ids[^1])).GetProperty("triage");
        var honest = await GetAsync(client, await SubmitAsync(client, SampleComplaints.Minimal()));
        await Eventually.HoldsAsync(async () => (await GetAsync(client, honest.GetProperty("id").GetGuid())).GetProperty("status").GetString() == "routed", TimeSpan.FromSeconds(30));
        var honestTriage = (await GetAsync(client, honest.GetProperty("id").GetGuid())).GetProperty("triage");

        Assert.That(allScored, Is.True);
        Assert.That(last.GetProperty("suspect").GetBoolean(), Is.True, last.ToString());
        Assert.That(last.GetProperty("score").GetDouble(), Is.GreaterThan(honestTriage.GetProperty("score").GetDouble()));
        var why = string.Join(" | ", last.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.That(why, Does.Contain("代理人电话过去30天内还出现在其他 7 人的投诉中"));
        Assert.That(why, Does.Not.Contain(agentPhone));
        Assert.That(honestTriage.GetProperty("suspect").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Should_score_a_redelivered_message_once()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var id = await SubmitAsync(client, SampleComplaints.Valid());
        await Eventually.HoldsAsync(async () => (await GetAsync(client, id)).GetProperty("status").GetString() == "routed", TimeSpan.FromSeconds(30));
        var database = Factory.Services.GetRequiredService<Database>();
        Guid messageId;
        await using (var connection = await database.OpenAsync())
            messageId = await connection.QuerySingleAsync<Guid>("SELECT message_id FROM outbox WHERE message_type = @Type AND body LIKE @Id",
                new { Type = typeof(ComplaintReceived).FullName, Id = $"%{id}%" });

        var bus = Factory.Services.GetRequiredService<IBus>();
        await bus.Publish(new ComplaintReceived(id, null, "app", DateTimeOffset.UtcNow), c => c.MessageId = messageId);
        await bus.Publish(new ComplaintReceived(id, null, "app", DateTimeOffset.UtcNow), c => c.MessageId = messageId);
        await Task.Delay(1500);

        await using var check = await database.OpenAsync();
        Assert.That(await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint_scores WHERE complaint_id = @id", new { id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_show_the_active_model_to_analysts_only()
    {
        var analyst = await Factory.CreateClient("dev-analyst-key").GetAsync("/api/v1/model");
        var desk = await Factory.CreateClient("dev-desk-key").GetAsync("/api/v1/model");
        var model = await analyst.JsonAsync();

        Assert.That(analyst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(desk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(model.GetProperty("version").GetString(), Is.Not.Empty);
        Assert.That(model.GetProperty("metrics").TryGetProperty("averagePrecision", out _), Is.True);
        Assert.That(model.TryGetProperty("trainedAt", out _), Is.True);
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, JsonObject complaint) =>
        Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);

    private static async Task<JsonElement> GetAsync(HttpClient client, Guid id) => await (await client.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
}
