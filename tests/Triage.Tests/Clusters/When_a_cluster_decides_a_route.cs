using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

// With a threshold no complaint reaches on its own, a ring's members go to the fraud team only by their cluster's flag,
// and the route says what ties the cluster together, read from the store when routing decides.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_cluster_decides_a_route(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Threshold"] = "0.99999" };

    [Test]
    public async Task Should_name_the_cluster_and_what_ties_it_together()
    {
        var ids = await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), Ring.NextDay()));
        var members = new List<JsonElement>();
        using var analyst = Factory.CreateClient("dev-analyst-key");
        var settled = await Eventually.HoldsAsync(async () =>
        {
            members.Clear();
            foreach (var id in ids)
                members.Add(await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync());
            return members.All(m => m.TryGetProperty("route", out var route) && route.ValueKind == JsonValueKind.Object
                && route.GetProperty("destination").GetString() == "fraud-review");
        }, TimeSpan.FromSeconds(60));
        var cluster = members[0].GetProperty("triage").GetProperty("clusterId").GetString();

        Assert.That(settled, Is.True, $"not every member reached the fraud team: {string.Join("\n", members)}");
        Assert.That(members.Select(m => m.GetProperty("triage").GetProperty("suspect").GetBoolean()), Is.All.False, "no member is suspect on its own here");
        // Each member's route was written when it was decided: the cluster's size then, every member behind the agent's phone.
        Assert.That(members.Select(m => m.GetProperty("route").GetProperty("reason").GetString()),
            Is.All.Match($"^属于可疑群组 {cluster}：共 ([2-8]) 件投诉，其中 \\1 件共用同一代理标识"));
    }
}
