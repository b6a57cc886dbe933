using System.Net;
using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_complaints_are_submitted(string storage) : StorageFixture(storage)
{
    // PostgreSQL refuses a NUL in a text column: product is the one free-text field stored unsealed.
    [Test]
    public async Task Should_refuse_a_product_with_a_control_character_with_400()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        complaint["product"] = "cash\u0000loan";

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty("product", out _), Is.True);
    }

    // Found by the fuzz test on PostgreSQL: a NUL in a list filter reached the query, which PostgreSQL refused (500).
    [TestCase("route=a%00b", "route")]
    [TestCase("externalId=a%00b", "externalId")]
    public async Task Should_answer_400_for_a_list_filter_with_a_nul(string query, string field)
    {
        using var client = Factory.CreateClient("dev-analyst-key");

        var response = await client.GetAsync($"/api/v1/complaints?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task Should_accept_a_valid_complaint_with_202_and_its_location()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);
        var body = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("received"));
        Assert.That(body.GetProperty("externalId").GetString(), Is.EqualTo(complaint["externalId"]!.GetValue<string>()));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/complaints/{body.GetProperty("id").GetString()}"));
    }

    [Test]
    public async Task Should_answer_200_with_the_existing_id_for_a_known_external_id_and_store_nothing_new()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var first = await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync();

        var again = await client.PostJsonAsync("/api/v1/complaints", complaint);
        var listed = await (await client.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await again.JsonAsync()).GetProperty("id").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(listed.GetProperty("items")[0].GetProperty("text").GetString(), Does.StartWith("催收人员"));
    }

    [Test]
    public async Task Should_keep_one_row_when_20_posts_of_one_external_id_arrive_at_once()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostJsonAsync("/api/v1/complaints", complaint)));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("id").GetString()));
        var listed = await (await client.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Accepted), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(19));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_return_the_complaint_with_phone_and_id_numbers_masked_everywhere()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var id = (await (await client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString();

        var response = await client.GetAsync($"/api/v1/complaints/{id}");
        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(raw).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("received"));
        Assert.That(body.GetProperty("receivedAt").GetString(), Is.EqualTo("2026-11-20T09:13:00+08:00"));
        Assert.That(body.GetProperty("complainant").GetProperty("name").GetString(), Is.EqualTo("张三"));
        Assert.That(body.GetProperty("complainant").GetProperty("phone").GetString(), Is.EqualTo("138****8000"));
        Assert.That(body.GetProperty("complainant").GetProperty("idNumber").GetString(), Is.EqualTo("110101********803X"));
        Assert.That(body.GetProperty("representative").GetProperty("phone").GetString(), Is.EqualTo("139****0000"));
        Assert.That(body.GetProperty("representative").GetProperty("organization").GetString(), Is.EqualTo("某某法务咨询"));
        Assert.That(body.GetProperty("text").GetString(), Does.Contain("138****8000").And.Contain("110101********803X"));
        Assert.That(body.GetProperty("triage").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(body.GetProperty("route").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(raw, Does.Not.Contain(SampleComplaints.Phone).And.Not.Contain(SampleComplaints.IdNumber).And.Not.Contain(SampleComplaints.RepresentativePhone));
    }

    [Test]
    public async Task Should_answer_404_with_a_problem_for_an_unknown_id()
    {
        using var client = Factory.CreateClient("dev-desk-key");

        var response = await client.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_list_newest_first_in_pages_that_join_up()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var day = 1; day <= 7; day++)
        {
            var complaint = SampleComplaints.Valid($"page-{marker}-{day}");
            complaint["receivedAt"] = $"2025-03-{day:00}T10:00:00+08:00";
            await client.PostJsonAsync("/api/v1/complaints", complaint);
        }
        var window = "since=2025-03-01T00:00:00%2B08:00&until=2025-03-08T00:00:00%2B08:00";

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/complaints?{window}&limit=3{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("externalId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null && pages < 10);

        var mine = seen.Where(s => s.StartsWith($"page-{marker}")).ToList();
        Assert.That(pages, Is.EqualTo(3));
        Assert.That(mine, Is.EqualTo(Enumerable.Range(1, 7).Reverse().Select(d => $"page-{marker}-{d}").ToList()));
    }

    [Test]
    public async Task Should_filter_by_status_and_route()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        await client.PostJsonAsync("/api/v1/complaints", complaint);
        var externalId = complaint["externalId"]!.GetValue<string>();

        var received = await (await client.GetAsync($"/api/v1/complaints?externalId={externalId}&status=received")).JsonAsync();
        var routed = await (await client.GetAsync($"/api/v1/complaints?externalId={externalId}&status=routed")).JsonAsync();
        var handled = await (await client.GetAsync($"/api/v1/complaints?externalId={externalId}&route=handling/collection")).JsonAsync();

        Assert.That(received.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(routed.GetProperty("items").GetArrayLength(), Is.EqualTo(0));
        Assert.That(handled.GetProperty("items").GetArrayLength(), Is.EqualTo(0));
        Assert.That(received.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("limit=501", "limit")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("status=closed", "status")]
    [TestCase("since=yesterday", "since")]
    [TestCase("until=2026-13-40", "until")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    public async Task Should_refuse_a_bad_query_naming_the_parameter(string query, string field)
    {
        using var client = Factory.CreateClient("dev-desk-key");

        var response = await client.GetAsync($"/api/v1/complaints?{query}");
        var body = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }
}
