using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_known_external_id_is_resubmitted(string storage) : StorageFixture(storage)
{
    private static readonly string[] PersonalValues =
        [SampleComplaints.Phone, SampleComplaints.IdNumber, SampleComplaints.RepresentativePhone, "张三", "李四", "zhangsan@example.cn", "13700137000", "催收人员", "另一段文字"];

    [Test]
    public async Task Should_answer_200_with_the_existing_id_when_the_content_is_the_same_written_another_way()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var first = await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync();
        // The same instant in UTC, the name padded as intake trims it, the keys in another order.
        var same = new JsonObject(complaint.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        same["receivedAt"] = "2026-11-20T01:13:00Z";
        same["complainant"]!["name"] = "  张三 ";

        var again = await client.PostJsonAsync("/api/v1/complaints", same);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await again.JsonAsync()).GetProperty("id").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
    }

    // One complaint on PostgreSQL is stored in one statement (its row, its identifier rows, its message): the statement
    // writes all of it or, for a known complaint, none of it.
    [Test]
    public async Task Should_store_the_complaint_its_identifier_rows_and_one_message_once()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var id = Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);
        var identifiers = await IdentifierRowsAsync(id);

        var again = await client.PostJsonAsync("/api/v1/complaints", complaint);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(identifiers, Is.GreaterThanOrEqualTo(8), "phone, ID number, customer id, email, representative's phone and organisation, IP, device");
        Assert.That(await IdentifierRowsAsync(id), Is.EqualTo(identifiers));
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM complaints WHERE external_id = @ExternalId",
            new { ExternalId = complaint["externalId"]!.GetValue<string>() }), Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintReceived' AND body LIKE @Like",
            new { Like = $"%{id}%" }), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_answer_409_naming_exactly_the_differing_fields_and_no_personal_value()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var first = await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync();
        var changed = (JsonObject)complaint.DeepClone();
        changed["text"] = "另一段文字,催收人员仍然每天打电话。";
        changed["complainant"]!["phone"] = "13700137000";
        changed["category"] = "fees";

        var response = await client.PostJsonAsync("/api/v1/complaints", changed);
        var raw = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(raw).RootElement;
        var stored = await (await client.GetAsync($"/api/v1/complaints/{first.GetProperty("id").GetString()}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.EquivalentTo(new[] { "text", "complainant.phone", "category" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(first.GetProperty("id").GetString()));
        foreach (var value in PersonalValues)
            Assert.That(raw, Does.Not.Contain(value), $"the problem echoes {value}");
        Assert.That(stored.GetProperty("category").GetString(), Is.EqualTo("collection"));
        Assert.That(stored.GetProperty("text").GetString(), Does.StartWith("催收人员"));
    }

    [Test]
    public async Task Should_answer_409_naming_receivedAt_when_only_the_instant_differs()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        await client.PostJsonAsync("/api/v1/complaints", complaint);
        complaint["receivedAt"] = "2026-11-20T09:13:01+08:00";

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "receivedAt" }));
    }

    [Test]
    public async Task Should_report_a_conflicting_batch_item_as_conflict_and_store_the_others()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var known = SampleComplaints.Valid();
        var knownId = (await (await client.PostJsonAsync("/api/v1/complaints", known)).JsonAsync()).GetProperty("id").GetString();
        var conflicting = (JsonObject)known.DeepClone();
        conflicting["text"] = "另一段文字,请尽快处理。";
        var fresh = SampleComplaints.Valid();

        var response = await client.PostJsonAsync("/api/v1/complaints/batch", new JsonArray(fresh, conflicting, known.DeepClone()));
        var raw = await response.Content.ReadAsStringAsync();
        var results = JsonDocument.Parse(raw).RootElement.GetProperty("results");
        var stored = await client.GetAsync($"/api/v1/complaints/{results[0].GetProperty("id").GetString()}");
        var original = await (await client.GetAsync($"/api/v1/complaints/{knownId}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Enumerable.Range(0, 3).Select(i => results[i].GetProperty("status").GetString()), Is.EqualTo(new[] { "received", "conflict", "received" }));
        Assert.That(results[1].GetProperty("id").GetString(), Is.EqualTo(knownId));
        Assert.That(results[1].GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "text" }));
        Assert.That(results[2].GetProperty("duplicate").GetBoolean(), Is.True);
        Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(original.GetProperty("text").GetString(), Does.StartWith("催收人员"));
        Assert.That(raw, Does.Not.Contain("另一段文字"));
    }

    [Test]
    public async Task Should_end_as_one_complaint_when_differing_submissions_of_a_new_external_id_race()
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        var other = (JsonObject)complaint.DeepClone();
        other["category"] = "fees";

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => client.PostJsonAsync("/api/v1/complaints", i % 2 == 0 ? complaint : other)));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var listed = await (await client.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();
        var winner = listed.GetProperty("items")[0];
        var winnerIsFees = winner.GetProperty("category").GetString() == "fees";

        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Accepted), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(7));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(8));
        for (var i = 0; i < responses.Length; i++)
        {
            var sameAsWinner = i % 2 == 0 != winnerIsFees;
            Assert.That(responses[i].StatusCode == HttpStatusCode.Conflict, Is.EqualTo(!sameAsWinner), $"response {i}: {bodies[i]}");
            Assert.That(bodies[i], Does.Contain(winner.GetProperty("id").GetString()));
        }
    }

    private async Task<long> IdentifierRowsAsync(Guid id)
    {
        var database = Factory.Services.GetRequiredService<Database>();
        return await ScalarAsync($"SELECT COUNT(*) FROM complaint_identifiers WHERE {database.Dialect.InList("complaint_id", "@Ids")}",
            new { Ids = database.Dialect.Uuids([id]) });
    }
}
