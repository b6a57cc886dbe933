using System.Net;
using Triage.Review;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

public class When_the_review_page_is_served
{
    private TriageFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "review" });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("/review", "text/html")]
    [TestCase("/review/", "text/html")]
    [TestCase("/review/app.js", "text/javascript")]
    [TestCase("/review/app.css", "text/css")]
    public async Task Should_serve_it_without_a_key_under_a_strict_content_security_policy(string path, string contentType)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self';"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test]
    public async Task Should_answer_404_for_a_file_it_does_not_have()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/review/missing.js");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void Should_write_server_text_as_text_and_load_nothing_from_elsewhere()
    {
        var assembly = typeof(ReviewPage).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Triage.Review.wwwroot.", StringComparison.Ordinal)).ToList();
        Assert.That(files, Does.Contain("Triage.Review.wwwroot.index.html").And.Contain("Triage.Review.wwwroot.app.js"));

        foreach (var file in files)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(file)!);
            var source = reader.ReadToEnd();
            Assert.That(source, Does.Not.Contain("innerHTML").And.Not.Contain("outerHTML")
                .And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write"), file);
            Assert.That(source, Does.Not.Match("(src|href)=\"(https?:)?//").And.Not.Contain("from 'http"), file);
        }
    }
}
