using System.Text.Json;
using System.Text.Json.Nodes;

namespace Triage.Tests.Infrastructure;

// Submitting through the desk and waiting for a complaint's route, for tests that run the whole pipeline in process.
public static class RoutedComplaints
{
    public static async Task<Guid> SubmitAsync(this TriageFactory factory, JsonObject complaint)
    {
        using var client = factory.CreateClient("dev-desk-key");
        return Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);
    }

    public static async Task<List<Guid>> SubmitAllAsync(this TriageFactory factory, IEnumerable<JsonObject> complaints)
    {
        var ids = new List<Guid>();
        foreach (var complaint in complaints)
            ids.Add(await factory.SubmitAsync(complaint));
        return ids;
    }

    public static async Task<List<Guid>> SubmitRoutedAsync(this TriageFactory factory, IEnumerable<JsonObject> complaints)
    {
        var ids = await factory.SubmitAllAsync(complaints);
        foreach (var id in ids)
            await factory.RoutedAsync(id);
        return ids;
    }

    // Routed, and settled: a cluster's flag may still move the route just after the first one. Read as an analyst, who
    // sees the triage and the route's reason.
    public static async Task<JsonElement> RoutedAsync(this TriageFactory factory, Guid id)
    {
        using var client = factory.CreateClient("dev-analyst-key");
        JsonElement complaint = default;
        var routed = await Eventually.HoldsAsync(async () =>
        {
            complaint = await (await client.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
            return complaint.GetProperty("status").GetString() == "routed";
        }, TimeSpan.FromSeconds(60));
        Assert.That(routed, Is.True, $"complaint {id} was not routed: {complaint}\n" +
            string.Join("\n", factory.Logs.Lines.Where(l => l.StartsWith("Error") || l.StartsWith("Warning")).Take(10)));
        await Task.Delay(300);
        return await (await client.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
    }

    // The cluster the last of these complaints ended in, once every one of them is routed.
    public static async Task<string> ClusterOfAsync(this TriageFactory factory, IEnumerable<Guid> ids)
    {
        string? cluster = null;
        foreach (var id in ids)
            cluster = (await factory.RoutedAsync(id)).GetProperty("triage").GetProperty("clusterId").GetString();
        Assert.That(cluster, Is.Not.Null);
        return cluster!;
    }
}
