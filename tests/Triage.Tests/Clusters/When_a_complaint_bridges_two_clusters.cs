using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_complaint_bridges_two_clusters(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all", ["Triage:Clusters:MaxSize"] = "12" };

    [Test]
    public async Task Should_keep_the_older_cluster_id_and_record_the_merge()
    {
        var day = Ring.NextDay();
        var (phoneA, phoneB) = (Ring.AgentPhone(), Ring.AgentPhone());
        var older = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phoneA, day, size: 4, organization: "甲法务咨询有限公司")));
        var younger = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phoneB, day, size: 4, organization: "乙债务优化服务中心", shift: 4, otherTemplate: true)));
        var bridge = Ring.Complaints(phoneA, day, size: 1, organization: "乙债务优化服务中心")[0];
        bridge["receivedAt"] = $"{day}T23:00:00+08:00";
        bridge["complainant"]!["name"] = "周杰";

        var merged = await Factory.ClusterOfAsync([await Factory.SubmitAsync(bridge)]);
        var analyst = Factory.CreateClient("dev-analyst-key");
        var detail = await (await analyst.GetAsync($"/api/v1/clusters/{older}")).JsonAsync();

        Assert.That(older, Is.Not.EqualTo(younger));
        Assert.That(merged, Is.EqualTo(older));
        Assert.That(detail.GetProperty("size").GetInt32(), Is.EqualTo(9));
        Assert.That(detail.GetProperty("mergedFrom").EnumerateArray().Select(m => m.GetProperty("clusterId").GetString()), Is.EqualTo(new[] { younger }));
        var verdict = await analyst.PostJsonAsync($"/api/v1/clusters/{younger}/verdict", new JsonObject { ["verdict"] = "dismissed" });
        Assert.That(verdict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a merged-away cluster takes no verdict");
        Assert.That((await verdict.JsonAsync()).GetProperty("detail").GetString(), Does.Contain(older));
    }

    [Test]
    public async Task Should_refuse_links_past_the_size_limit_and_say_so_in_the_log()
    {
        var phone = Ring.AgentPhone();
        var day = Ring.NextDay();
        var ids = await Factory.SubmitAllAsync([.. Ring.Complaints(phone, day, size: 8), .. Ring.Complaints(phone, day, size: 8, shift: 8)]);
        var clusters = new List<string?>();
        foreach (var id in ids)
            clusters.Add((await Factory.RoutedAsync(id)).GetProperty("triage").GetProperty("clusterId").GetString());

        Assert.That(clusters.GroupBy(c => c).Max(g => g.Count()), Is.EqualTo(12));
        Assert.That(Factory.Logs.Lines, Has.Some.Contains("gave way"));
    }
}
