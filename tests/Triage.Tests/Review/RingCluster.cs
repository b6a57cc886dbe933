using System.Net;
using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

// The ring is ready for review once one open cluster holds all of it and nothing else, every member with the fraud team.
public static class RingCluster
{
    public static async Task<string> WaitAsync(HostProcess host, IReadOnlyList<Guid> ring, TimeSpan timeout)
    {
        using var analyst = host.Client("dev-analyst-key");
        var seen = "nothing yet";
        string? clusterId = null;
        var ready = await Eventually.HoldsAsync(async () =>
        {
            try
            {
                return await IsReadyAsync();
            }
            catch (HttpRequestException exception)
            {
                seen = $"the host did not answer ({exception.Message})";
                return false;
            }
        }, timeout);
        if (!ready)
            Assert.Fail($"No open cluster held the agent ring's {ring.Count} complaints, all routed to fraud-review, within {timeout.TotalSeconds:N0} s. " +
                $"Last seen: {seen}; the ring's complaints are {await StatusesAsync()}.\nHost output (tail):\n{Tail(host.Output)}");
        return clusterId!;

        async Task<bool> IsReadyAsync()
        {
            var list = await analyst.GetAsync("/api/v1/clusters?status=open");
            if (!list.IsSuccessStatusCode)
            {
                var missing = list.StatusCode == HttpStatusCode.NotFound ? " (this host serves no clusters API)" : "";
                seen = $"GET /api/v1/clusters?status=open answered {(int)list.StatusCode}{missing}: {await list.Content.ReadAsStringAsync()}";
                return false;
            }
            var items = (await list.JsonAsync()).GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                seen = "GET /api/v1/clusters?status=open listed no cluster";
                return false;
            }
            clusterId = items[0].GetProperty("id").GetString()!;
            var members = (await (await analyst.GetAsync($"/api/v1/clusters/{clusterId}")).JsonAsync())
                .GetProperty("members").EnumerateArray().ToList();
            var held = members.Count(m => ring.Contains(m.GetProperty("id").GetGuid()));
            seen = $"the top open cluster {clusterId} holds {held} of the ring's {ring.Count} complaints among {members.Count} members, " +
                $"routed to {Summary(members.Select(Destination))}";
            return held == ring.Count && members.Count == ring.Count && members.All(m => Destination(m) == "fraud-review");
        }

        async Task<string> StatusesAsync()
        {
            var statuses = new List<string>();
            try
            {
                foreach (var id in ring)
                    statuses.Add((await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync()).GetProperty("status").GetString() ?? "?");
            }
            catch (HttpRequestException exception)
            {
                return $"unknown (the host did not answer: {exception.Message})";
            }
            return Summary(statuses);
        }
    }

    private static string Summary(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v).Select(g => $"{g.Key} x{g.Count()}"));

    private static string Destination(JsonElement member) =>
        member.TryGetProperty("route", out var route) && route.ValueKind == JsonValueKind.Object
            ? route.GetProperty("destination").GetString() ?? "?"
            : "not routed";

    // The last lines, each cut short: one exception's stack trace should not hide everything before it.
    private static string Tail(string output) => string.Join('\n', output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .TakeLast(30)
        .Select(line => line.Length <= 400 ? line.TrimEnd() : line[..400] + " …"));
}
