using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Intake;

// The API takes JSON in UTF-8 and nothing else (contract, section 5): every endpoint that takes a body, found in the
// host's own endpoints, answers 415 problem+json saying what it accepts, and never reads the body as something it is not.
public class When_a_body_is_not_utf8_json
{
    private TriageFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        _admin = _factory.CreateClient("dev-admin-key");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    private IEnumerable<ApiEndpoint> BodyEndpoints() =>
        ApiEndpoint.Of(_factory.Services).Where(e => e.Method is "POST" or "PUT" or "PATCH");

    [TestCase("text/plain", "{}")]
    [TestCase("application/x-www-form-urlencoded", "verdict=honest")]
    [TestCase("application/xml", "<verdict>honest</verdict>")]
    [TestCase("text/json", "{}")]
    [TestCase("application/json; charset=utf-16", "{}")]
    [TestCase("application/json; charset=iso-8859-1", "{}")]
    // Found by the fuzz test: an empty charset passed as UTF-8 and the JSON reader failed looking up the encoding "" (500).
    [TestCase("application/json; charset=", "{}")]
    [TestCase("application/json; charset=utf-8; charset=utf-16", "{}")]
    [TestCase(null, "{}")]
    public async Task Should_answer_415_for_a_content_type_other_than_utf8_json(string? contentType, string body)
    {
        var failures = new List<string>();
        foreach (var endpoint in BodyEndpoints())
        {
            var bytes = contentType?.EndsWith("utf-16") == true ? Encoding.Unicode.GetBytes(body) : Encoding.UTF8.GetBytes(body);
            var response = await SendAsync(endpoint, bytes, contentType);
            await ExpectUnsupportedAsync(endpoint, response, failures);
        }
        Assert.That(failures, Is.Empty);
    }

    // A bad byte in a string, a CESU-8 surrogate, a stray continuation byte, a sequence cut off at the end of the body.
    [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D })]
    [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D })]
    [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x80, 0x22, 0x7D })]
    [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xE4, 0xB8 })]
    public async Task Should_answer_415_for_bytes_that_are_not_utf8_under_a_json_content_type(byte[] body)
    {
        var failures = new List<string>();
        foreach (var endpoint in BodyEndpoints().Where(e => e.TakesJson))
            await ExpectUnsupportedAsync(endpoint, await SendAsync(endpoint, body, "application/json"), failures);
        Assert.That(failures, Is.Empty);
    }

    [TestCase("application/json")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("Application/JSON; Charset=UTF-8")]
    [TestCase("application/json;charset=\"utf-8\"")]
    public async Task Should_accept_json_with_no_charset_or_utf8_in_any_case(string contentType)
    {
        var complaint = SampleComplaints.Valid();
        var response = await SendAsync(new ApiEndpoint("POST", Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/v1/complaints"), "desk", true),
            Encoding.UTF8.GetBytes(complaint.ToJsonString()), contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        foreach (var endpoint in BodyEndpoints())
        {
            var malformed = await SendAsync(endpoint, "{"u8.ToArray(), contentType);
            Assert.That(malformed.StatusCode, Is.Not.EqualTo(HttpStatusCode.UnsupportedMediaType), $"{endpoint}");
        }
    }

    [Test]
    public async Task Should_store_nothing_from_a_complaint_sent_as_text()
    {
        var complaint = SampleComplaints.Valid();

        var response = await _admin.PostAsync("/api/v1/complaints", new StringContent(complaint.ToJsonString(), Encoding.UTF8, "text/plain"));
        var listed = await (await _admin.GetAsync($"/api/v1/complaints?externalId={complaint["externalId"]}")).JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Should_accept_a_post_with_no_body_and_no_content_type_where_the_body_is_optional()
    {
        var response = await _admin.PostAsync("/api/v1/models/no-such-version/promote", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(ApiEndpoint endpoint, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path()) { Content = content };
        return await _admin.SendAsync(request);
    }

    private static async Task ExpectUnsupportedAsync(ApiEndpoint endpoint, HttpResponseMessage response, List<string> failures)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.UnsupportedMediaType)
            failures.Add($"{endpoint}: {(int)response.StatusCode} {text}");
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !text.Contains("application/json"))
            failures.Add($"{endpoint}: 415 without a problem saying what is accepted: {text}");
    }
}
