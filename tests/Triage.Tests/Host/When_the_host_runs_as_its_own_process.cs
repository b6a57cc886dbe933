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

    [Test]
    public async Task Should_wait_until_ready_and_write_its_output_to_the_log_file_when_started_as_the_load_tool_starts_it()
    {
        var log = Path.Combine(_dataDir, "host.log");
        await using (var host = await HostProcess.StartAsync(new HostStart(HostStart.BesideThisProgram, _dataDir) { ReadyPath = "/health/ready", LogFile = log }))
        {
            using var desk = host.Client("dev-desk-key", connections: 4);

            Assert.That((await desk.GetAsync("/api/v1/complaints")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.Exists(log), Is.False, "the log is written when the process ends");
        }

        Assert.That(File.ReadAllText(log), Does.Contain("Now listening on"));
    }

    [Test]
    public void Should_say_what_the_process_wrote_when_it_exits_before_it_is_ready()
    {
        var start = new HostStart(Path.Combine(_dataDir, "Missing.Host.dll"), _dataDir) { ReadyWithin = TimeSpan.FromSeconds(30) };

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => HostProcess.StartAsync(start));

        Assert.That(failure!.Message, Does.Contain("did not answer /health/live").And.Contain("Missing.Host.dll"));
    }
}
