using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

public class When_a_caller_presents_an_api_key
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite(new()
    {
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

    [Test]
    public async Task Should_refuse_a_post_without_a_key_and_store_nothing()
    {
        using var anonymous = _factory.CreateClient();
        using var desk = _factory.CreateClient("dev-desk-key");
        var complaint = Complaints.Valid();

        var response = await anonymous.PostJsonAsync("/api/v1/complaints", complaint);
        var listed = await (await desk.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(0));
    }
}
