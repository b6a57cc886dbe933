using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Testing;
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

    // A complaint routed to handling while it stood alone, then tied to the flagged cluster by a later member's link (here
    // a shared device), is routed again: its route is what it would be had it come after the cluster.
    [Test]
    public async Task Should_move_a_routed_complaint_that_a_later_member_ties_to_the_flagged_cluster()
    {
        var (phone, day) = (Ring.AgentPhone(), Ring.NextDay());
        var cluster = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phone, day, size: 4)));
        var device = Device();
        var aloneId = await Factory.SubmitAsync(OnDevice(day, "钱多多", device));
        var before = await Factory.RoutedAsync(aloneId);
        var bridgeRoute = await Factory.RoutedAsync(await Factory.SubmitAsync(Bridge(phone, day, device)));

        Assert.That(before.GetProperty("route").GetProperty("destination").GetString(), Does.StartWith("handling/"));
        Assert.That(before.GetProperty("triage").GetProperty("clusterId").ValueKind, Is.EqualTo(JsonValueKind.Null), "alone, it was in no cluster");
        Assert.That(bridgeRoute.GetProperty("triage").GetProperty("clusterId").GetString(), Is.EqualTo(cluster));
        await AssertMovedAsync(aloneId, cluster);
    }

    // The same for the members of a cluster too small to be flagged (two people on one device), which a later member
    // merges into the flagged cluster.
    [Test]
    public async Task Should_move_the_members_of_a_cluster_merged_into_the_flagged_one()
    {
        var (phone, day) = (Ring.AgentPhone(), Ring.NextDay());
        var cluster = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phone, day, size: 4)));
        var device = Device();
        var pair = await Factory.SubmitAllAsync([OnDevice(day, "钱多多", device), OnDevice(day, "孙小美", device)]);
        var before = new List<JsonElement>();
        foreach (var id in pair)
            before.Add(await Factory.RoutedAsync(id));
        var small = before[1].GetProperty("triage").GetProperty("clusterId").GetString();
        await Factory.RoutedAsync(await Factory.SubmitAsync(Bridge(phone, day, device)));

        Assert.That(small, Is.Not.Null.And.Not.EqualTo(cluster), "the two on one device form a cluster of their own");
        Assert.That(before.Select(m => m.GetProperty("route").GetProperty("destination").GetString()), Is.All.StartsWith("handling/"),
            "two complaints are too few for a flag");
        foreach (var id in pair)
            await AssertMovedAsync(id, cluster);
    }

    private static string Device() => $"dev-{Guid.NewGuid():N}"[..20];

    private static JsonObject OnDevice(string day, string name, string device)
    {
        var complaint = SampleComplaints.Minimal();
        complaint["receivedAt"] = $"{day}T05:00:00+08:00";
        complaint["complainant"] = new JsonObject { ["name"] = name, ["idNumber"] = ResidentIds.Make(Random.Shared.Next(90_000, 99_999)) };
        complaint["origin"] = new JsonObject { ["deviceId"] = device };
        return complaint;
    }

    // A fifth member of the ring, filed from the device.
    private static JsonObject Bridge(string phone, string day, string device)
    {
        var bridge = Ring.Complaints(phone, day, size: 1, shift: 5)[0];
        bridge["origin"] = new JsonObject { ["deviceId"] = device };
        return bridge;
    }

    private async Task AssertMovedAsync(Guid id, string cluster)
    {
        using var analyst = Factory.CreateClient("dev-analyst-key");
        JsonElement after = default;
        var moved = await Eventually.HoldsAsync(async () =>
        {
            after = await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
            return after.GetProperty("route").GetProperty("destination").GetString() == "fraud-review";
        }, TimeSpan.FromSeconds(30));
        Assert.That(moved, Is.True, $"the complaint stayed where it was routed before it joined: {after}");
        Assert.That(after.GetProperty("triage").GetProperty("clusterId").GetString(), Is.EqualTo(cluster));
        Assert.That(after.GetProperty("route").GetProperty("reason").GetString(), Does.StartWith($"属于可疑群组 {cluster}"));
    }
}
