using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

// Malformed bodies and tampered cursors are the caller's mistake: 400 problem+json, never 500.
public class When_a_request_cannot_be_read
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("dev-admin-key", "/api/v1/rescoring", "{not json")]
    [TestCase("dev-analyst-key", "/api/v1/clusters/CL-000000000000/verdict", "[1, 2")]
    [TestCase("dev-analyst-key", "/api/v1/complaints/0b9e3f5e-0000-4000-8000-000000000000/verdict", "{")]
    [TestCase("dev-admin-key", "/api/v1/models/2026.01.01-00000000/promote", "{\"force\": ")]
    [TestCase("dev-analyst-key", "/api/v1/complaints/0b9e3f5e-0000-4000-8000-000000000000/verdict", "[\"honest\"]")]
    public async Task Should_answer_400_for_a_body_that_is_not_the_json_the_endpoint_takes(string key, string url, string body)
    {
        using var client = _factory.CreateClient(key);

        var response = await client.PostRawAsync(url, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.JsonAsync()).GetProperty("detail").GetString(), Does.Contain("JSON"));
    }

    // What is stored or queried as written may not hold a NUL: PostgreSQL refuses one in text (500 before).
    [TestCase("POST", "/api/v1/models/no-such-version/promote", "{\"force\": true, \"note\": \"a\\u0000b\"}", "note")]
    [TestCase("POST", "/api/v1/models/rollback", "{\"reason\": \"\\u0000\"}", "reason")]
    [TestCase("POST", "/api/v1/clusters/CL-000000000000/verdict", "{\"verdict\": \"dismissed\", \"note\": \"\\u0000\"}", "note")]
    [TestCase("GET", "/api/v1/admin/audit?subject=complaint%3Aa%00b", null, "subject")]
    public async Task Should_answer_400_naming_text_with_a_nul(string method, string url, string? body, string field)
    {
        using var client = _factory.CreateClient("dev-admin-key");

        var response = method == "GET" ? await client.GetAsync(url) : await client.PostRawAsync(url, body!);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    // Ticks -1 and 9,000,000,000,000,000,000 before a valid id; a cluster cursor with a risk of NaN and of Infinity.
    [TestCase("/api/v1/complaints?cursor=LTE6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA", "cursor")]
    [TestCase("/api/v1/complaints?cursor=OTAwMDAwMDAwMDAwMDAwMDAwMDowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA", "cursor")]
    [TestCase("/api/v1/clusters?cursor=TmFOfENMLTE", "cursor")]
    [TestCase("/api/v1/clusters?cursor=SW5maW5pdHl8Q0wtMQ", "cursor")]
    public async Task Should_answer_400_naming_a_tampered_cursor(string url, string field)
    {
        using var client = _factory.CreateClient("dev-analyst-key");

        var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }
}
