using System.Net;
using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

// The review page opens complaints (GET /api/v1/complaints/{id}); a process that runs only the review role must
// answer it, while submitting and amending stay with intake.
public class When_a_process_runs_only_the_review_role
{
    [Test]
    public async Task Should_serve_the_complaints_the_page_opens_and_nothing_a_desk_writes()
    {
        Guid id;
        string dataDir;
        using (var intake = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" }))
        {
            intake.KeepDataDir = true;
            dataDir = intake.DataDir;
            id = await intake.SubmitAsync(SampleComplaints.Valid());
            await intake.RoutedAsync(id);
        }
        HttpResponseMessage one, page, submit;
        try
        {
            using var review = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "review", ["Triage:DataDir"] = dataDir });
            using var analyst = review.CreateClient("dev-analyst-key");
            one = await analyst.GetAsync($"/api/v1/complaints/{id}");
            page = await analyst.GetAsync("/api/v1/complaints?limit=5");
            submit = await analyst.PostAsync("/api/v1/complaints", JsonContent(SampleComplaints.Valid().ToJsonString()));
            await one.Content.LoadIntoBufferAsync();
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }

        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK), await one.Content.ReadAsStringAsync());
        using var complaint = JsonDocument.Parse(await one.Content.ReadAsStringAsync());
        Assert.That(complaint.RootElement.GetProperty("id").GetGuid(), Is.EqualTo(id));
        Assert.That(complaint.RootElement.GetProperty("triage").ValueKind, Is.EqualTo(JsonValueKind.Object), "analysts see the triage");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(submit.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed), "intake is not served here");
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
