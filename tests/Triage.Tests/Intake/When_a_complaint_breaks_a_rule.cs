using System.Net;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

// Every validation rule of the wire format (docs/wire-format.md), each answered with problem+json naming the field.
public class When_a_complaint_breaks_a_rule
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    public static IEnumerable<TestCaseData> Violations()
    {
        yield return Case("externalId", c => c["externalId"] = new string('a', 65), "externalId longer than 64");
        yield return Case("externalId", c => c["externalId"] = "has space", "externalId with a space");
        yield return Case("externalId", c => c["externalId"] = "工单1", "externalId with Chinese characters");
        yield return Case("channel", c => c.Remove("channel"), "channel missing");
        yield return Case("channel", c => c["channel"] = "fax", "channel unknown");
        yield return Case("channel", c => c["channel"] = 5, "channel a number");
        yield return Case("receivedAt", c => c.Remove("receivedAt"), "receivedAt missing");
        yield return Case("receivedAt", c => c["receivedAt"] = "2026-11-20T09:13:00", "receivedAt without offset");
        yield return Case("receivedAt", c => c["receivedAt"] = "20 Nov 2026", "receivedAt not RFC 3339");
        yield return Case("receivedAt", c => c["receivedAt"] = DateTimeOffset.UtcNow.AddHours(25).ToString("yyyy-MM-ddTHH:mm:ssK"), "receivedAt 25 h ahead");
        yield return Case("receivedAt", c => c["receivedAt"] = "0001-01-01T00:00:00Z", "receivedAt in year 1");
        yield return Case("receivedAt", c => c["receivedAt"] = "1999-12-31T23:59:59+00:00", "receivedAt before 2000");
        yield return Case("complainant", c => c.Remove("complainant"), "complainant missing");
        yield return Case("complainant.name", c => c["complainant"]!.AsObject().Remove("name"), "name missing");
        yield return Case("complainant.name", c => c["complainant"]!["name"] = "  ", "name blank");
        yield return Case("complainant.name", c => c["complainant"]!["name"] = new string('名', 65), "name longer than 64");
        yield return Case("complainant.phone", c => c["complainant"]!["phone"] = "1380013800", "mobile with 10 digits");
        yield return Case("complainant.phone", c => c["complainant"]!["phone"] = "23800138000", "11 digits not starting with 1");
        yield return Case("complainant.phone", c => c["complainant"]!["phone"] = "138-0013-8000x", "phone with letters");
        yield return Case("complainant.idNumber", c => c["complainant"]!["idNumber"] = "110101199003078031", "ID with a wrong check digit");
        yield return Case("complainant.idNumber", c => c["complainant"]!["idNumber"] = "11010119900307803", "ID with 17 characters");
        yield return Case("representative.relation", c => c["representative"]!["relation"] = "friend", "relation unknown");
        yield return Case("representative.phone", c => c["representative"]!["phone"] = "999", "representative phone invalid");
        yield return Case("category", c => c["category"] = "loans", "category unknown");
        yield return Case("text", c => c.Remove("text"), "text missing");
        yield return Case("text", c => c["text"] = " \n\t ", "text blank after trimming");
        yield return Case("text", c => c["text"] = new string('字', 10_001), "text over 10,000 characters");
        yield return Case("origin.ip", c => c["origin"]!["ip"] = "999.1.1.1", "origin ip invalid");
        // Found by the fuzz test: NFKC normalisation of an identifier threw on U+FFFE (500), and would have in scoring the text.
        yield return Case("complainant.email", c => c["complainant"]!["email"] = "a\ufffe@example.cn", "email with a noncharacter");
        yield return Case("representative.organization", c => c["representative"]!["organization"] = "\ufffe", "organization a noncharacter");
        yield return Case("text", c => c["text"] = "扣款两次\ufffe", "text with a noncharacter");
    }

    public static IEnumerable<TestCaseData> Acceptable()
    {
        yield return Case("", c => c["complainant"]!["phone"] = "010-12345678", "landline with area code and dash");
        yield return Case("", c => c["complainant"]!["phone"] = "02112345678", "landline without dash");
        yield return Case("", c => c["complainant"]!["idNumber"] = "11010119900307803x", "ID with lower-case x");
        yield return Case("", c => c.Remove("externalId"), "no externalId");
        yield return Case("", c => c.Remove("representative"), "no representative");
        yield return Case("", c => c["text"] = "  " + new string('字', 10_000) + "  ", "text of exactly 10,000 characters after trimming");
        yield return Case("", c => c["receivedAt"] = DateTimeOffset.UtcNow.AddHours(23).ToString("yyyy-MM-ddTHH:mm:ssK"), "receivedAt 23 h ahead");
        yield return Case("", c => c["receivedAt"] = "2026-11-20T09:13:00.123Z", "receivedAt in UTC with fractions");
        yield return Case("", c => c["somethingNew"] = "ignored", "an unknown field");
    }

    [TestCaseSource(nameof(Violations))]
    public async Task Should_answer_400_naming_the_field(string field, Action<JsonObject> breakIt)
    {
        using var client = _factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        breakIt(complaint);

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);
        var body = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body.GetProperty("errors").TryGetProperty(field, out var messages), Is.True, body.ToString());
        Assert.That(messages[0].GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [TestCaseSource(nameof(Acceptable))]
    public async Task Should_accept_what_the_contract_allows(string _, Action<JsonObject> change)
    {
        using var client = _factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        change(complaint);

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
    }

    [TestCase("{\"channel\": ", "body")]
    [TestCase("[1, 2]", "body")]
    [TestCase("null", "body")]
    [TestCase("{\"complainant\": \"张三\"}", "complainant")]
    public async Task Should_answer_400_for_a_body_that_is_not_a_complaint_object(string json, string field)
    {
        using var client = _factory.CreateClient("dev-desk-key");

        var response = await client.PostRawAsync("/api/v1/complaints", json);
        var body = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors").TryGetProperty(field, out _), Is.True, body.ToString());
    }

    [Test]
    public async Task Should_answer_413_for_a_complaint_over_64_KiB()
    {
        using var client = _factory.CreateClient("dev-desk-key");
        var complaint = SampleComplaints.Valid();
        complaint["padding"] = new string('x', 65_536);

        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.JsonAsync()).GetProperty("detail").GetString(), Does.Contain("65,536"));
    }

    private static TestCaseData Case(string field, Action<JsonObject> change, string name) =>
        new TestCaseData(field, change).SetName($"{{m}}({name})");
}
