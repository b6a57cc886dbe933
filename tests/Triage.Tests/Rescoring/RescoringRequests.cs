using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

// Starting a run through the API over one day's complaints and waiting for it to end.
public static class RescoringRequests
{
    public static JsonObject Window(string day) =>
        new() { ["since"] = $"{day}T00:00:00+08:00", ["until"] = $"{day}T23:59:59+08:00" };

    public static async Task<JsonElement> RunDayAsync(HttpClient admin, string day) =>
        await CompletedAsync(admin, (await (await admin.PostJsonAsync("/api/v1/rescoring", Window(day))).JsonAsync()).GetProperty("runId").GetString()!);

    public static async Task<JsonElement> CompletedAsync(HttpClient admin, string runId, TimeSpan? within = null)
    {
        JsonElement run = default;
        var ended = await Eventually.HoldsAsync(async () =>
        {
            run = await (await admin.GetAsync($"/api/v1/rescoring/{runId}")).JsonAsync();
            return run.GetProperty("status").GetString() is "completed" or "failed";
        }, within ?? TimeSpan.FromSeconds(60));
        Assert.That(ended && run.GetProperty("status").GetString() == "completed", Is.True, $"the run did not complete: {run}");
        return run;
    }
}
