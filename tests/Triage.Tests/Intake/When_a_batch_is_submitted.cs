using System.Net;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_batch_is_submitted(string storage) : StorageFixture(storage)
{
    // Found by the fuzz test: echoing the externalId of a rejected item threw on a lone surrogate escape (500).
    [TestCase("\\ud800test")]
    [TestCase("a\\ud800\\u0041")]
    public async Task Should_reject_an_item_whose_externalId_holds_a_lone_surrogate_and_store_the_others(string escaped)
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var bad = SampleComplaints.Valid().ToJsonString().Replace("\"externalId\":\"", $"\"externalId\":\"{escaped}");

        var response = await client.PostRawAsync("/api/v1/complaints/batch", $"[{bad},{SampleComplaints.Valid().ToJsonString()}]");
        var results = (await response.JsonAsync()).GetProperty("results");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results[0].GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(results[0].GetProperty("errors").TryGetProperty("externalId", out _), Is.True, results[0].ToString());
        Assert.That(results[1].GetProperty("status").GetString(), Is.EqualTo("received"));
    }

    [Test]
    public async Task Should_store_the_valid_items_and_report_each_item_in_order()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var known = SampleComplaints.Valid();
        await client.PostJsonAsync("/api/v1/complaints", known);
        var badPhone = SampleComplaints.Valid();
        badPhone["complainant"]!["phone"] = "12345";
        var noText = SampleComplaints.Valid();
        noText.Remove("text");
        var batch = new JsonArray(SampleComplaints.Valid(), badPhone, known.DeepClone(), noText, SampleComplaints.Minimal(), JsonValue.Create(42));

        var response = await client.PostJsonAsync("/api/v1/complaints/batch", batch);
        var results = (await response.JsonAsync()).GetProperty("results");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.GetArrayLength(), Is.EqualTo(6));
        Assert.That(Enumerable.Range(0, 6).Select(i => results[i].GetProperty("index").GetInt32()), Is.EqualTo(Enumerable.Range(0, 6)));
        Assert.That(Enumerable.Range(0, 6).Select(i => results[i].GetProperty("status").GetString()),
            Is.EqualTo(new[] { "received", "rejected", "received", "rejected", "received", "rejected" }));
        Assert.That(results[1].GetProperty("errors").TryGetProperty("complainant.phone", out _), Is.True);
        Assert.That(results[3].GetProperty("errors").TryGetProperty("text", out _), Is.True);
        Assert.That(results[5].GetProperty("errors").TryGetProperty("body", out _), Is.True);
        Assert.That(results[2].GetProperty("duplicate").GetBoolean(), Is.True);
        Assert.That(results[0].GetProperty("duplicate").GetBoolean(), Is.False);

        foreach (var index in new[] { 0, 4 })
        {
            var stored = await client.GetAsync($"/api/v1/complaints/{results[index].GetProperty("id").GetString()}");
            Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Should_give_two_items_with_one_external_id_the_same_complaint()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();

        var results = (await (await client.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(complaint, complaint.DeepClone()))).JsonAsync())
            .GetProperty("results");

        Assert.That(results[1].GetProperty("id").GetString(), Is.EqualTo(results[0].GetProperty("id").GetString()));
        Assert.That(results[1].GetProperty("duplicate").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Should_report_an_item_over_64_KiB_as_that_items_error()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var huge = SampleComplaints.Valid();
        huge["padding"] = new string('x', 70_000);

        var results = (await (await client.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(huge, SampleComplaints.Valid()))).JsonAsync())
            .GetProperty("results");

        Assert.That(results[0].GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(results[0].GetProperty("errors").GetProperty("body")[0].GetString(), Does.Contain("64"));
        Assert.That(results[1].GetProperty("status").GetString(), Is.EqualTo("received"));
    }

    [Test]
    public async Task Should_refuse_more_than_1000_items()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var batch = new JsonArray(Enumerable.Range(0, 1001).Select(_ => (JsonNode)SampleComplaints.Minimal()).ToArray());

        var response = await client.PostJsonAsync("/api/v1/complaints/batch", batch);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.JsonAsync()).GetProperty("errors").TryGetProperty("body", out _), Is.True);
    }

    [Test]
    public async Task Should_refuse_a_body_over_8_MiB_with_413()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var body = "[" + string.Join(",", Enumerable.Range(0, 140).Select(_ => $"{{\"text\":\"{new string('x', 60_000)}\"}}")) + "]";

        var response = await client.PostRawAsync("/api/v1/complaints/batch", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_refuse_a_body_that_is_not_an_array()
    {
        using var client = Factory.CreateClient("dev-desk-key");

        var response = await client.PostJsonAsync("/api/v1/complaints/batch", SampleComplaints.Valid());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
