using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Intake;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

// The role/field matrix: every endpoint a desk can reach that returns complaints, with every key. Desks see where a
// complaint is routed and since when, never a score, a flag, reasons, a cluster or a model, nor a route reason that
// says any of it; analysts and admins see everything.
public class When_each_role_reads_a_complaint
{
    private static readonly string[] TriageFields = ["score", "suspect", "reasons", "clusterId", "modelVersion", "scoredAt"];
    private static readonly string?[] Keys = [null, "dev-desk-key", "dev-analyst-key", "dev-admin-key"];
    private static readonly string[] Endpoints = ["get suspect", "get handled", "list", "list handled", "submit", "batch"];

    private TriageFactory _factory = null!;
    private Guid _suspect;
    private Guid _handled;
    private string _handledRoute = null!;
    private string _cluster = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        var ring = await _factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), Ring.NextDay()));
        _cluster = await _factory.ClusterOfAsync(ring);
        _suspect = ring[^1];
        _handled = await _factory.SubmitAsync(SampleComplaints.Valid());
        await _factory.RoutedAsync(_handled);
        using var analyst = _factory.CreateClient("dev-analyst-key");
        await analyst.PostJsonAsync($"/api/v1/complaints/{_handled}/verdict", new JsonObject { ["verdict"] = "honest", ["note"] = "test" });
        _handledRoute = (await _factory.RoutedAsync(_handled)).GetProperty("route").GetProperty("destination").GetString()!;
        Assert.That((await _factory.RoutedAsync(_suspect)).GetProperty("route").GetProperty("destination").GetString(), Is.EqualTo("fraud-review"));
        Assert.That(_handledRoute, Does.StartWith("handling/"));
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private static IEnumerable<TestCaseData> Matrix() =>
        Endpoints.SelectMany(endpoint => Keys.Select(key => new TestCaseData(endpoint, key).SetArgDisplayNames(endpoint, key ?? "no key")));

    [TestCaseSource(nameof(Matrix))]
    public async Task Should_give_each_role_only_the_fields_it_may_see(string endpoint, string? key)
    {
        using var client = key is null ? _factory.CreateClient() : _factory.CreateClient(key);

        var response = await SendAsync(client, endpoint);
        var raw = await response.Content.ReadAsStringAsync();

        if (key is null)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            return;
        }
        Assert.That((int)response.StatusCode, Is.InRange(200, 299), raw);
        var body = JsonDocument.Parse(raw).RootElement;
        var complaints = endpoint.StartsWith("get") ? [body] : endpoint.StartsWith("list") ? body.GetProperty("items").EnumerateArray().ToList() : [];
        var desk = key == "dev-desk-key";
        if (desk || !endpoint.StartsWith("get") && !endpoint.StartsWith("list"))
        {
            Assert.That(Names(body), Has.None.AnyOf(TriageFields), raw);
            Assert.That(complaints.Select(c => c.GetProperty("triage").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        }
        if (desk)
        {
            Assert.That(raw, Does.Not.Contain(_cluster).And.Not.Contain("可疑").And.Not.Contain("评分").And.Not.Contain("群组").And.Not.Contain("分析员"));
            Assert.That(complaints.Select(c => c.GetProperty("route").GetProperty("reason").GetString()),
                Is.All.EqualTo(ComplaintFieldPolicy.FraudReviewReason).Or.EqualTo(ComplaintFieldPolicy.HandlingReason));
        }
        else
        {
            foreach (var triage in complaints.Select(c => c.GetProperty("triage")))
                Assert.That(triage.EnumerateObject().Select(p => p.Name), Is.SupersetOf(TriageFields), raw);
        }
        foreach (var complaint in complaints)
            Assert.That(complaint.GetProperty("route").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "destination", "routedAt" }));
        if (endpoint == "get suspect")
        {
            Assert.That(complaints[0].GetProperty("route").GetProperty("destination").GetString(), Is.EqualTo("fraud-review"), "desks know it is with the fraud team");
            if (!desk)
                Assert.That(complaints[0].GetProperty("triage").GetProperty("clusterId").GetString(), Is.EqualTo(_cluster));
        }
    }

    // Every endpoint a desk may call, found in the host's own endpoints (so a new one, such as an amendment, is covered
    // without being listed), aimed at the suspect complaint: whatever it answers holds nothing of the suspicion.
    [Test]
    public async Task Should_tell_a_desk_nothing_of_the_suspicion_on_any_endpoint_it_may_call()
    {
        using var desk = _factory.CreateClient("dev-desk-key");
        var endpoints = ApiEndpoint.Of(_factory.Services).Where(e => e.Role == "desk").ToList();
        var leaks = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.Path(p => p.Name == "id" ? _suspect.ToString() : "x-0");
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
            if (endpoint.Method != "GET")
                request.Content = new StringContent(BodyFor(endpoint).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            var response = await desk.SendAsync(request);
            var raw = await response.Content.ReadAsStringAsync();
            var names = raw.Length > 0 && response.Content.Headers.ContentType?.MediaType?.EndsWith("json") == true
                ? Names(JsonDocument.Parse(raw).RootElement).ToList()
                : [];
            if (names.Intersect(TriageFields).Any() || raw.Contains(_cluster) || raw.Contains("可疑") || raw.Contains("评分"))
                leaks.Add($"{endpoint} answered {(int)response.StatusCode}: {raw}");
        }

        Assert.That(endpoints.Select(e => e.ToString()), Has.Some.EqualTo("GET /api/v1/complaints/{id:guid}"));
        Assert.That(leaks, Is.Empty);
    }

    private static JsonNode BodyFor(ApiEndpoint endpoint) =>
        endpoint.Template.EndsWith("/batch") ? new JsonArray(SampleComplaints.Valid())
        : endpoint.Template.TrimEnd('/').EndsWith("/complaints") ? SampleComplaints.Valid()
        : new JsonObject { ["text"] = "补充说明：扣款两次，请一并核实。", ["category"] = "deduction", ["reason"] = "补充材料" };

    [TestCase("route=fraud-review", "route")]
    [TestCase("ROUTE=Fraud-Review", "ROUTE")]
    [TestCase("status=routed&route=%20fraud-review%20", "route")]
    [TestCase("suspect=true", "suspect")]
    [TestCase("minScore=0.5", "minScore")]
    [TestCase("clusterId=CL-1", "clusterId")]
    public async Task Should_refuse_a_desk_any_filter_by_suspicion_naming_it(string query, string field)
    {
        using var desk = _factory.CreateClient("dev-desk-key");

        var response = await desk.GetAsync($"/api/v1/complaints?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.JsonAsync();
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("suspicion"));
    }

    [TestCase("dev-analyst-key")]
    [TestCase("dev-admin-key")]
    public async Task Should_let_analysts_and_admins_list_the_fraud_teams_queue(string key)
    {
        using var client = _factory.CreateClient(key);

        var listed = await (await client.GetAsync("/api/v1/complaints?route=fraud-review&limit=500")).JsonAsync();

        Assert.That(listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Does.Contain(_suspect));
    }

    [Test]
    public async Task Should_let_a_desk_filter_by_a_handling_route()
    {
        using var desk = _factory.CreateClient("dev-desk-key");

        var listed = await (await desk.GetAsync($"/api/v1/complaints?route={_handledRoute}&limit=500")).JsonAsync();

        Assert.That(listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Does.Contain(_handled));
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint) => endpoint switch
    {
        "get suspect" => client.GetAsync($"/api/v1/complaints/{_suspect}"),
        "get handled" => client.GetAsync($"/api/v1/complaints/{_handled}"),
        "list" => client.GetAsync("/api/v1/complaints?limit=500"),
        "list handled" => client.GetAsync($"/api/v1/complaints?route={_handledRoute}"),
        "submit" => client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid()),
        "batch" => client.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(SampleComplaints.Valid(), SampleComplaints.Minimal())),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    // Every property name anywhere in the document.
    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
