using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Intake;
using Triage.Signals.Text;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_complaint_is_amended(string storage) : StorageFixture(storage)
{
    // Each test has its own words: complaints with one text would link as a template across the tests.
    private const string OriginalText = "我在贵司借款后按时还款,但本月的还款被重复扣划了两次,客服一直推脱不予处理,请尽快核实并退还多扣的款项。";
    private const string AmendedText = "补充说明:催收员在夜间十一点以后多次拨打我单位同事的电话,言语威胁恐吓,严重影响我的工作和生活,要求停止骚扰并道歉。";

    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_keep_the_earlier_version_audit_it_and_score_and_route_the_new_text_again()
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var id = await Factory.SubmitAsync(WithText(OriginalText));
        var before = await Factory.RoutedAsync(id);
        var routesBefore = await ScalarAsync("SELECT COUNT(*) FROM complaint_routes WHERE complaint_id = @id", new { id });

        var response = await desk.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["text"] = $"  {AmendedText} " });
        var amended = await response.JsonAsync();
        // Read as an analyst, who sees the triage.
        using var analyst = Factory.CreateClient("dev-analyst-key");
        var rerouted = await Eventually.HoldsAsync(async () =>
        {
            var now = await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
            return now.GetProperty("status").GetString() == "routed"
                   && now.GetProperty("triage").GetProperty("scoredAt").GetDateTimeOffset() > before.GetProperty("triage").GetProperty("scoredAt").GetDateTimeOffset();
        }, TimeSpan.FromSeconds(60));
        var version = await VersionsAsync(id);
        using var admin = Factory.CreateClient("dev-admin-key");
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?subject=complaint:{id}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(amended.GetProperty("id").GetGuid(), Is.EqualTo(id));
        Assert.That(amended.GetProperty("text").GetString(), Is.EqualTo(AmendedText));
        Assert.That(amended.GetProperty("status").GetString(), Is.EqualTo("received"));
        Assert.That(amended.GetProperty("route").GetProperty("destination").GetString(),
            Is.EqualTo(before.GetProperty("route").GetProperty("destination").GetString()), "the route stays until routing decides again");
        Assert.That(rerouted, Is.True, "the amended complaint was not scored and routed again");
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM complaint_routes WHERE complaint_id = @id", new { id }), Is.EqualTo(routesBefore + 1));
        Assert.That(version, Has.Count.EqualTo(1));
        Assert.That(version[0].Version, Is.EqualTo(1));
        Assert.That(version[0].Category, Is.EqualTo("collection"));
        Assert.That(version[0].AmendedBy, Is.EqualTo("dev-desk"));
        Assert.That(ComplaintPersonalData.Open(Protector, version[0].Personal).Text, Is.EqualTo(OriginalText));
        Assert.That(audit.EnumerateArray().Count(e => e.GetProperty("action").GetString() == "amend-complaint" && e.GetProperty("actor").GetString() == "dev-desk"),
            Is.EqualTo(1));
    }

    [Test]
    public async Task Should_replace_the_near_duplicate_evidence_of_the_old_text_with_the_new()
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var original = OriginalText.Replace("两次", "三次");
        var text = AmendedText.Replace("十一点", "十二点");
        var id = await Factory.SubmitAsync(WithText(original));
        await Factory.RoutedAsync(id);

        await desk.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["text"] = text });
        await Factory.RoutedAsync(id);
        var index = Factory.Services.GetRequiredService<SqlNearDuplicateIndex>();
        var newFingerprint = TextFingerprinter.Default.Fingerprint(text)!;
        var nearNew = await index.QueryAsync(new NearDuplicateQuery(newFingerprint, MinSimilarity: 0.99));
        var nearOld = await index.QueryAsync(new NearDuplicateQuery(TextFingerprinter.Default.Fingerprint(original)!, MinSimilarity: 0.5));
        var skeleton = await ScalarAsync<string>("SELECT skeleton FROM near_duplicate_signatures WHERE complaint_id = @id", new { id });

        Assert.That(skeleton, Is.EqualTo(newFingerprint.Skeleton.Text));
        Assert.That(nearNew.Select(n => n.ComplaintId), Does.Contain(id));
        Assert.That(nearOld.Select(n => n.ComplaintId), Does.Not.Contain(id));
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM near_duplicate_buckets WHERE signature_id NOT IN (SELECT id FROM near_duplicate_signatures)", null),
            Is.Zero, "buckets of the old signature were left behind");
    }

    [Test]
    public async Task Should_amend_the_category_alone_and_keep_the_earlier_one()
    {
        using var analyst = Factory.CreateClient("dev-analyst-key");
        var id = await Factory.SubmitAsync(WithText(OriginalText.Replace("重复扣划", "多次扣划")));

        var response = await analyst.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["category"] = "deduction" });
        var cleared = await analyst.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["category"] = null });
        var versions = await VersionsAsync(id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync()).GetProperty("category").GetString(), Is.EqualTo("deduction"));
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await cleared.JsonAsync()).GetProperty("category").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(versions.Select(v => (v.Version, v.Category)), Is.EqualTo(new[] { (1, (string?)"collection"), (2, "deduction") }));
        Assert.That(versions.Select(v => v.AmendedBy), Is.All.EqualTo("dev-analyst"));
    }

    [Test]
    public async Task Should_store_nothing_for_an_amendment_that_changes_nothing()
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var text = OriginalText.Replace("客服", "贵司客服");
        var id = await Factory.SubmitAsync(WithText(text));
        var before = await Factory.RoutedAsync(id);

        var response = await desk.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["text"] = text + "\n", ["category"] = "collection" });
        var body = await response.JsonAsync();
        using var analyst = Factory.CreateClient("dev-analyst-key");
        var after = await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("routed"));
        Assert.That(after.GetProperty("triage").GetProperty("scoredAt").GetDateTimeOffset(),
            Is.EqualTo(before.GetProperty("triage").GetProperty("scoredAt").GetDateTimeOffset()));
        Assert.That(await VersionsAsync(id), Is.Empty);
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintReceived' AND body LIKE @Pattern",
            new { Pattern = $"%{id}%" }), Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'amend-complaint' AND subject = @Subject", new { Subject = $"complaint:{id}" }),
            Is.Zero);
    }

    [TestCase("""{"text":""}""", "text")]
    [TestCase("""{"text":"   "}""", "text")]
    [TestCase("""{"text":null}""", "text")]
    [TestCase("""{"text":42}""", "text")]
    [TestCase("LONG", "text")]
    [TestCase("""{"category":"loans"}""", "category")]
    [TestCase("""{"text":"扣款两次\ufffe"}""", "text")]
    [TestCase("""{"complainant":{"phone":"13700137000"},"text":"改正后的文字"}""", "complainant")]
    [TestCase("""{}""", "body")]
    [TestCase("""[]""", "body")]
    [TestCase("""not json""", "body")]
    public async Task Should_refuse_an_invalid_amendment_naming_the_field_and_change_nothing(string body, string field)
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var id = await Factory.SubmitAsync(WithText(OriginalText.Replace("按时还款", "按期还款")));
        if (body == "LONG")
            body = new JsonObject { ["text"] = new string('债', ComplaintValidator.MaxTextLength + 1) }.ToJsonString();

        var response = await desk.PatchRawAsync($"/api/v1/complaints/{id}", body);
        var problem = await response.JsonAsync();
        var stored = await (await desk.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        Assert.That(stored.GetProperty("text").GetString(), Is.EqualTo(OriginalText.Replace("按时还款", "按期还款")));
        Assert.That(await VersionsAsync(id), Is.Empty);
    }

    [Test]
    public async Task Should_answer_404_for_an_unknown_id()
    {
        using var desk = Factory.CreateClient("dev-desk-key");

        var response = await desk.PatchJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}", new JsonObject { ["category"] = "fees" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_answer_401_without_a_key_and_change_nothing()
    {
        using var anonymous = Factory.CreateClient();
        var id = await Factory.SubmitAsync(WithText(OriginalText.Replace("推脱", "敷衍")));

        var response = await anonymous.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["category"] = "fees" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await VersionsAsync(id), Is.Empty);
    }

    [Test]
    public async Task Should_refuse_a_complaint_whose_status_is_past_amending_with_409()
    {
        using var desk = Factory.CreateClient("dev-desk-key");
        var id = await Factory.SubmitAsync(WithText(OriginalText.Replace("退还", "返还")));
        await Factory.RoutedAsync(id);
        // No endpoint answers a complaint yet; the status an answer will set stands in for it.
        await ExecuteAsync("UPDATE complaints SET status = 'answered' WHERE id = @id", new { id });

        var response = await desk.PatchJsonAsync($"/api/v1/complaints/{id}", new JsonObject { ["category"] = "fees" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await VersionsAsync(id), Is.Empty);
    }

    private PersonalDataProtector Protector => Factory.Services.GetRequiredService<PersonalDataProtector>();

    private static JsonObject WithText(string text)
    {
        var complaint = SampleComplaints.Valid();
        complaint["text"] = text;
        return complaint;
    }

    private async Task<List<VersionRow>> VersionsAsync(Guid id)
    {
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        return (await connection.QueryAsync<VersionRow>(
            "SELECT version, personal, category, amended_by AS AmendedBy FROM complaint_versions WHERE complaint_id = @id ORDER BY version", new { id })).ToList();
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private sealed class VersionRow
    {
        public int Version { get; init; }
        public byte[] Personal { get; init; } = [];
        public string? Category { get; init; }
        public string AmendedBy { get; init; } = "";
    }
}
