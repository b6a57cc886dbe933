using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

public class When_operators_look_at_the_service
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Should_answer_health_without_a_key(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadAsStringAsync();
        if (path == "/health/ready")
            Assert.That((await response.JsonAsync()).GetProperty("checks").GetProperty("storage").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        else
            Assert.That(body, Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Should_describe_the_api_in_an_openapi_document()
    {
        using var client = _factory.CreateClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths");

        Assert.That(paths.TryGetProperty("/api/v1/complaints", out _), Is.True);
        Assert.That(paths.TryGetProperty("/api/v1/complaints/batch", out _), Is.True);
        Assert.That(paths.TryGetProperty("/api/v1/complaints/{id}", out _), Is.True);
    }

    // Found by the fuzz test: the OpenAPI endpoint answered a plain-text 404 for a document name it does not have.
    [TestCase("/openapi/v2.json")]
    [TestCase("/openapi/%20.json")]
    public async Task Should_answer_a_problem_for_a_document_it_does_not_have(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_describe_the_amendment_of_a_complaint_in_the_openapi_document()
    {
        using var client = _factory.CreateClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var patch = document.GetProperty("paths").GetProperty("/api/v1/complaints/{id}").GetProperty("patch");

        Assert.That(patch.GetProperty("operationId").GetString(), Is.EqualTo("AmendComplaint"));
        Assert.That(patch.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), Is.True);
        Assert.That(patch.GetProperty("responses").EnumerateObject().Select(r => r.Name), Is.SupersetOf(new[] { "200", "400", "404", "409" }));
    }

    [Test]
    public async Task Should_expose_prometheus_metrics_that_count_complaints()
    {
        using var desk = _factory.CreateClient("dev-desk-key");
        await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
        using var client = _factory.CreateClient();

        var metrics = await client.GetStringAsync("/metrics");

        Assert.That(metrics, Does.Contain("triage_complaints_stored"));
        Assert.That(metrics, Does.Contain("http_server_request_duration_seconds"));
    }

    [Test]
    public async Task Should_report_the_outbox_to_admins()
    {
        using var admin = _factory.CreateClient("dev-admin-key");

        var status = await (await admin.GetAsync("/api/v1/admin/outbox")).JsonAsync();

        Assert.That(status.GetProperty("pending").GetInt64(), Is.GreaterThanOrEqualTo(0));
        Assert.That(status.TryGetProperty("sent", out _), Is.True);
    }
}
