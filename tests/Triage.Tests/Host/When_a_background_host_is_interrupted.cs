using System.Diagnostics;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

// A script's background job (`dotnet run … &`) starts with SIGINT ignored, as POSIX shells do; the host takes the
// default disposition back, so SIGINT stops it gracefully there too.
public class When_a_background_host_is_interrupted
{
    [Test]
    public async Task Should_stop_gracefully_even_though_its_shell_ignored_sigint()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("POSIX signals");
        var dataDir = Directory.CreateTempSubdirectory("triage-sigint-").FullName;
        var port = HostProcess.FreePort();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Triage.Host.dll");
        var start = new ProcessStartInfo("/bin/sh",
            ["-c", $"trap '' INT; exec dotnet '{hostDll}' --urls http://127.0.0.1:{port} --Triage:DataDir '{dataDir}'"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.That(await Eventually.HoldsAsync(async () =>
            {
                try { return (await http.GetAsync("/health/live")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return false; }
            }, TimeSpan.FromSeconds(90)), Is.True, "the host started");

            using (var kill = Process.Start("kill", ["-INT", host.Id.ToString()]))
                await kill.WaitForExitAsync();
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.WaitForExitAsync(stopped.Token);

            Assert.That(host.ExitCode, Is.EqualTo(0));
            Assert.That(await output, Does.Contain("Application is shutting down"));
        }
        finally
        {
            if (!host.HasExited)
                host.Kill(entireProcessTree: true);
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
