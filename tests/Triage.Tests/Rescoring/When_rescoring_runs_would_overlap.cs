using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Triage.Rescoring;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_rescoring_runs_would_overlap(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_refuse_a_second_run_over_the_window_of_one_in_progress_naming_it()
    {
        var old = SampleComplaints.Valid();
        old["receivedAt"] = "2020-03-03T10:00:00+08:00";
        await Factory.SubmitAsync(old);
        // A run whose chunks nobody works (as `triage rescore` leaves one it is still working on): it stays queued.
        var runs = Factory.Services.GetRequiredService<RescoringRuns>();
        var first = await runs.StartAsync(DateTimeOffset.Parse("2020-03-01T00:00:00Z"), DateTimeOffset.Parse("2020-03-10T00:00:00Z"), "test:overlap", "test",
            default, queueChunks: false);
        using var admin = Factory.CreateClient("dev-admin-key");

        var overlapping = await admin.PostJsonAsync("/api/v1/rescoring", new JsonObject { ["since"] = "2020-03-05T00:00:00Z", ["until"] = "2020-03-20T00:00:00Z" });
        var apart = await admin.PostJsonAsync("/api/v1/rescoring", new JsonObject { ["since"] = "2020-03-10T00:00:00Z", ["until"] = "2020-03-11T00:00:00Z" });
        var again = await runs.StartAsync(DateTimeOffset.Parse("2020-02-01T00:00:00Z"), DateTimeOffset.Parse("2020-03-02T00:00:00Z"), "test:overlap-2", "test", default);

        Assert.That(first.Overlaps, Is.False);
        Assert.That(overlapping.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await overlapping.Content.ReadAsStringAsync());
        Assert.That(overlapping.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await overlapping.JsonAsync()).GetProperty("runId").GetGuid(), Is.EqualTo(first.RunId));
        Assert.That(apart.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "a window that only touches the running one's end does not overlap");
        Assert.That(again, Is.EqualTo(RescoringStart.BlockedBy(first.RunId)));
    }
}
