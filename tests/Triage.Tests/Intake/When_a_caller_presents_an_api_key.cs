using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

public class When_a_caller_presents_an_api_key
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite(new()
    {
        ["Triage:Roles"] = "all",
        ["Triage:ApiKeys:0:Key"] = "configured-desk",
        ["Triage:ApiKeys:0:Role"] = "desk",
        ["Triage:ApiKeys:1:Key"] = "configured-admin",
        ["Triage:ApiKeys:1:Role"] = "admin",
    });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase(null, "/api/v1/complaints", HttpStatusCode.Unauthorized)]
    [TestCase("wrong-key", "/api/v1/complaints", HttpStatusCode.Unauthorized)]
    [TestCase("dev-desk-key", "/api/v1/complaints", HttpStatusCode.OK)]
    [TestCase("dev-analyst-key", "/api/v1/complaints", HttpStatusCode.OK)]
    [TestCase("dev-admin-key", "/api/v1/complaints", HttpStatusCode.OK)]
    [TestCase("configured-desk", "/api/v1/complaints", HttpStatusCode.OK)]
    [TestCase("dev-desk-key", "/api/v1/admin/outbox", HttpStatusCode.Forbidden)]
    [TestCase("dev-analyst-key", "/api/v1/admin/outbox", HttpStatusCode.Forbidden)]
    [TestCase("configured-desk", "/api/v1/admin/outbox", HttpStatusCode.Forbidden)]
    [TestCase("dev-admin-key", "/api/v1/admin/outbox", HttpStatusCode.OK)]
    [TestCase("dev-desk-key", "/api/v1/clusters", HttpStatusCode.Forbidden)]
    [TestCase("dev-desk-key", "/api/v1/model", HttpStatusCode.Forbidden)]
    [TestCase("dev-desk-key", "/api/v1/models", HttpStatusCode.Forbidden)]
    [TestCase("dev-desk-key", "/api/v1/admin/audit", HttpStatusCode.Forbidden)]
    [TestCase("dev-analyst-key", "/api/v1/clusters", HttpStatusCode.OK)]
    [TestCase("dev-analyst-key", "/api/v1/models", HttpStatusCode.Forbidden)]
    [TestCase("configured-admin", "/api/v1/admin/outbox", HttpStatusCode.OK)]
    public async Task Should_answer_by_role(string? key, string path, HttpStatusCode expected)
    {
        using var client = key is null ? _factory.CreateClient() : _factory.CreateClient(key);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((await response.JsonAsync()).GetProperty("detail").GetString(), Is.Not.Empty);
        }
    }

    private static readonly string?[] Keys = [null, "dev-desk-key", "dev-analyst-key", "dev-admin-key"];
    private static readonly string[] Ranks = ["desk", "analyst", "admin"];

    // Every endpoint the host maps, with every key: none answers 401, a role below the endpoint's 403, and a role at or
    // above it gets through (checked on reads only, so the test starts no rescoring and promotes no model).
    [Test]
    public async Task Should_refuse_every_endpoint_to_the_roles_below_it()
    {
        var endpoints = ApiEndpoint.Of(_factory.Services).Where(e => e.Role is not null).ToList();
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        foreach (var key in Keys)
        {
            using var client = key is null ? _factory.CreateClient() : _factory.CreateClient(key);
            var path = endpoint.Path();
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
            if (endpoint.Method != "GET")
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            var response = await client.SendAsync(request);
            var rank = key is null ? -1 : Array.IndexOf(Ranks, key["dev-".Length..^"-key".Length]);
            var expected = key is null ? HttpStatusCode.Unauthorized : rank < Array.IndexOf(Ranks, endpoint.Role) ? HttpStatusCode.Forbidden : (HttpStatusCode?)null;
            if (expected is { } status ? response.StatusCode != status : endpoint.Method == "GET" && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                failures.Add($"{endpoint.Method} {path} with {key ?? "no key"}: {(int)response.StatusCode}, expected {(expected is { } e ? (int)e : "neither 401 nor 403")}");
            else if (expected is not null && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{endpoint.Method} {path} with {key ?? "no key"}: {(int)response.StatusCode} is not problem+json");
        }

        Assert.That(endpoints.Select(e => e.Template), Has.Some.StartsWith("/api/v1/clusters").And.Some.StartsWith("/api/v1/models")
            .And.Some.StartsWith("/api/v1/rescoring").And.Some.StartsWith("/api/v1/admin").And.Some.EqualTo("/api/v1/model"));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Should_refuse_a_post_without_a_key_and_store_nothing()
    {
        using var anonymous = _factory.CreateClient();
        using var desk = _factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();

        var response = await anonymous.PostJsonAsync("/api/v1/complaints", complaint);
        var listed = await (await desk.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(0));
    }
}
