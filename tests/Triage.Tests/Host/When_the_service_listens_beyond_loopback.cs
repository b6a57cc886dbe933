using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

public class When_the_service_listens_beyond_loopback
{
    [TestCase("http://0.0.0.0:5080")]
    [TestCase("http://127.0.0.1:5080;http://10.1.2.3:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://[::]:5080")]
    public async Task Should_refuse_the_development_keys(string urls)
    {
        await using var factory = TriageFactory.Sqlite(new()
        {
            ["urls"] = urls,
            ["Triage:ApiKeys:0:Key"] = "production-desk-key",
            ["Triage:ApiKeys:0:Role"] = "desk",
        });

        using var dev = factory.CreateClient("dev-desk-key");
        using var configured = factory.CreateClient("production-desk-key");

        Assert.That((await dev.GetAsync("/api/v1/complaints")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await configured.GetAsync("/api/v1/complaints")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    public async Task Should_accept_the_development_keys_on_loopback(string urls)
    {
        await using var factory = TriageFactory.Sqlite(new() { ["urls"] = urls });

        using var dev = factory.CreateClient("dev-desk-key");

        Assert.That((await dev.GetAsync("/api/v1/complaints")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_refuse_the_development_keys_when_switched_off()
    {
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:DevKeys"] = "false" });

        using var dev = factory.CreateClient("dev-desk-key");

        Assert.That((await dev.GetAsync("/api/v1/complaints")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
