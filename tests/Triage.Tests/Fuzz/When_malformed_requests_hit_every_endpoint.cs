using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Triage.Intake;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Fuzz;

// Issue 12's acceptance: at least 1,000 seeded malformed requests across every endpoint the embedded default maps and
// every key answer no 5xx, every 4xx is problem+json, and nothing invalid is stored. TRIAGE_FUZZ_SEED and
// TRIAGE_FUZZ_REQUESTS replay another run or a longer one.
// On SQLite, as the embedded default runs, and on PostgreSQL, which refuses what SQLite stores (a NUL in text).
[Category("Fuzz")]
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_malformed_requests_hit_every_endpoint(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_answer_no_5xx_and_store_nothing_invalid()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TRIAGE_FUZZ_SEED"), out var s) ? s : 20261203;
        var count = int.TryParse(Environment.GetEnvironmentVariable("TRIAGE_FUZZ_REQUESTS"), out var n) ? n : 2_000;
        var clock = Stopwatch.StartNew();
        var endpoints = ApiEndpoint.Of(Factory.Services);
        var requests = new MalformedRequests(new Random(seed), endpoints, await KnownIdsAsync()).Take(count).ToList();
        TestContext.Out.WriteLine($"ready to fuzz after {clock.Elapsed.TotalSeconds:N1} s");
        using var client = Factory.CreateClient();
        var failures = new List<(string Endpoint, string What)>();
        var answers = new List<(string Endpoint, int Status)>();
        clock.Restart();

        foreach (var request in requests)
        {
            var (status, failure) = await SendAsync(client, request);
            answers.Add((request.Endpoint, status));
            if (failure is not null)
                failures.Add((request.Endpoint, failure));
        }
        TestContext.Out.WriteLine($"{Storage}, seed {seed}: {requests.Count:N0} requests over {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:N1} s");
        foreach (var endpoint in answers.GroupBy(a => a.Endpoint))
            TestContext.Out.WriteLine($"  {endpoint.Key}: {string.Join(", ", endpoint.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}");
        var invalid = await InvalidStoredComplaintsAsync();

        Assert.That(requests.Select(r => r.Endpoint).Distinct(), Is.EquivalentTo(endpoints.Select(e => e.ToString()).Distinct()), "every endpoint was fuzzed");
        // One example of each kind of failure per endpoint, and the exceptions the server logged, say what to fix.
        var distinct = failures.GroupBy(f => $"{f.Endpoint} {f.What.Split(' ')[0]}")
            .Select(g => $"{g.Count()}× {g.Key}, e.g. {g.First().What}").ToList();
        Assert.That(distinct, Is.Empty, $"seed {seed}; server errors logged:\n" + string.Join("\n", ServerErrors()));
        Assert.That(invalid, Is.Empty, "stored complaints that break the intake's rules");
    }

    private async Task<(int Status, string? Failure)> SendAsync(HttpClient client, MalformedRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Key is not null)
            message.Headers.TryAddWithoutValidation("X-Api-Key", request.Key);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        try
        {
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            if (status >= 500)
                return (status, $"{status} for {request}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400 && request.Method != "HEAD" && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                return (status, $"{status} without problem+json ({response.Content.Headers.ContentType}) for {request}");
            return (status, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (0, $"{exception.GetType().Name} for {request}: {exception.Message}");
        }
    }

    // Real ids for a share of the route parameters, so that bodies reach handlers that find what they name.
    private async Task<IReadOnlyDictionary<string, string>> KnownIdsAsync()
    {
        var ring = await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), Ring.NextDay(), size: 5));
        var cluster = (await Factory.RoutedAsync(ring[^1])).GetProperty("triage").GetProperty("clusterId").GetString();
        using var admin = Factory.CreateClient("dev-admin-key");
        var model = await (await admin.GetAsync("/api/v1/model")).JsonAsync();
        var run = await (await admin.PostJsonAsync("/api/v1/rescoring", new System.Text.Json.Nodes.JsonObject())).JsonAsync();
        return new Dictionary<string, string>
        {
            ["id:guid"] = ring[0].ToString(),
            ["id"] = cluster ?? "CL-000000000000",
            ["runId:guid"] = run.GetProperty("runId").GetString()!,
            ["version"] = model.GetProperty("version").GetString()!,
        };
    }

    // Every stored complaint, read back and opened, must pass the rules it was admitted by.
    private async Task<List<string>> InvalidStoredComplaintsAsync()
    {
        var store = Factory.Services.GetRequiredService<ComplaintStore>();
        var protector = Factory.Services.GetRequiredService<PersonalDataProtector>();
        var invalid = new List<string>();
        ComplaintCursor? after = null;
        while (true)
        {
            var rows = await store.ListAsync(new ComplaintQuery(null, null, null, null, null, 500, after), CancellationToken.None);
            foreach (var row in rows.Take(500))
            {
                var errors = StoredComplaint.Errors(row, protector);
                if (errors.Count > 0)
                    invalid.Add($"{row.Id}: {string.Join("; ", errors)}");
            }
            if (rows.Count <= 500)
                return invalid;
            after = new ComplaintCursor(rows[499].ReceivedAt, rows[499].Id);
        }
    }

    // Each logged exception's message and the frames nearest to it in Triage's code.
    private IEnumerable<string> ServerErrors() =>
        Factory.Logs.Lines.Where(l => l.StartsWith("Error") || l.StartsWith("Critical"))
            .Select(l => string.Join("\n", l.Split('\n').Where((line, i) => i == 0 || line.Contains(" Triage.") || line.Contains("ThrowHelper")).Take(6)))
            .Select(l => l.Length > 1_500 ? l[..1_500] : l).Distinct().Take(20);
}
