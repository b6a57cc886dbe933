using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_an_analyst_decides_on_a_complaint(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_route_by_the_verdict_and_keep_it_as_a_label_and_in_the_audit_log()
    {
        var id = await Factory.SubmitAsync(SampleComplaints.Valid());
        await Factory.RoutedAsync(id);
        using var analyst = Factory.CreateClient("dev-analyst-key");

        var suspect = await analyst.PostJsonAsync($"/api/v1/complaints/{id}/verdict", new JsonObject { ["verdict"] = "suspect", ["note"] = "template" });
        var asSuspect = await Factory.RoutedAsync(id);
        var honest = await analyst.PostJsonAsync($"/api/v1/complaints/{id}/verdict", new JsonObject { ["verdict"] = "honest" });
        var asHonest = await Factory.RoutedAsync(id);

        Assert.That(suspect.StatusCode, Is.EqualTo(HttpStatusCode.OK), await suspect.Content.ReadAsStringAsync());
        Assert.That((await suspect.JsonAsync()).GetProperty("destination").GetString(), Is.EqualTo("fraud-review"));
        Assert.That(asSuspect.GetProperty("route").GetProperty("destination").GetString(), Is.EqualTo("fraud-review"));
        Assert.That(asSuspect.GetProperty("route").GetProperty("reason").GetString(), Does.Contain("分析员判定此投诉可疑"));
        Assert.That(honest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(asHonest.GetProperty("route").GetProperty("destination").GetString(), Is.EqualTo("handling/collection"));
        var database = Factory.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        var labels = await connection.QueryAsync<string>(
            "SELECT source || ':' || CAST(suspect AS TEXT) FROM complaint_labels WHERE complaint_id = @Id ORDER BY id", new { Id = id });
        Assert.That(labels, Is.EqualTo(new[] { "complaint:1", "complaint:0" }));
        var audit = await connection.QueryAsync<string>("SELECT detail FROM audit_log WHERE action = 'complaint-verdict' AND subject = @Subject ORDER BY id",
            new { Subject = $"complaint:{id}" });
        Assert.That(audit, Is.EqualTo(new[] { "suspect: template", "honest" }));
        var routes = await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM outbox WHERE message_type LIKE '%ComplaintRouted%' AND body LIKE @Id",
            new { Id = $"%{id}%" });
        Assert.That(routes, Is.GreaterThanOrEqualTo(3), "the first route and both verdicts' routes go through the outbox");
    }

    [Test]
    public async Task Should_answer_400_for_an_unknown_verdict_and_404_for_an_unknown_complaint()
    {
        using var analyst = Factory.CreateClient("dev-analyst-key");

        var invalid = await analyst.PostJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}/verdict", new JsonObject { ["verdict"] = "maybe" });
        var unknown = await analyst.PostJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}/verdict", new JsonObject { ["verdict"] = "honest" });

        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(invalid.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await invalid.JsonAsync()).GetProperty("errors").TryGetProperty("verdict", out _), Is.True);
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    // Notes are stored as written, and PostgreSQL refuses a NUL in a text column.
    [Test]
    public async Task Should_answer_400_for_a_note_with_a_nul()
    {
        using var analyst = Factory.CreateClient("dev-analyst-key");

        var response = await analyst.PostJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}/verdict", new JsonObject { ["verdict"] = "honest", ["note"] = "a\u0000b" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty("note", out _), Is.True);
    }

    [Test]
    public async Task Should_forbid_desk_keys()
    {
        using var desk = Factory.CreateClient("dev-desk-key");

        var response = await desk.PostJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}/verdict", new JsonObject { ["verdict"] = "honest" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
