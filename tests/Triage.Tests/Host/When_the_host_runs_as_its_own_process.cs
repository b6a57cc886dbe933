using System.Net;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

[NonParallelizable]
public class When_the_host_runs_as_its_own_process
{
    private string _dataDir = null!;

    [SetUp]
    public void CreateDataDir() => _dataDir = Directory.CreateTempSubdirectory("triage-host-").FullName;

    [TearDown]
    public void DeleteDataDir() => Directory.Delete(_dataDir, recursive: true);

    [Test]
    public async Task Should_serve_the_embedded_default_on_loopback_and_create_its_key_file()
    {
        await using var host = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), _dataDir);
        using var desk = host.Client("dev-desk-key");

        var response = await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
        var ready = await host.Client().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(File.Exists(Path.Combine(_dataDir, "triage.db")), Is.True);
        Assert.That(File.Exists(Path.Combine(_dataDir, "personal-data.keys.json")), Is.True);
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(Path.Combine(_dataDir, "personal-data.keys.json")),
                Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task Should_refuse_the_development_keys_when_bound_to_every_interface()
    {
        await using var host = await HostProcess.StartAsync("0.0.0.0", HostProcess.FreePort(), _dataDir);
        using var desk = host.Client("dev-desk-key");

        var response = await desk.GetAsync("/api/v1/complaints");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(host.Output, Does.Contain("development API keys are refused"));
    }
}
