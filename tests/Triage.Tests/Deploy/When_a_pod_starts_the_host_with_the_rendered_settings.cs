using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// The pods (and compose's containers) choose the listening address with an environment variable, while
// appsettings.json sets "Urls" to loopback: only a variable that outranks it makes the host listen where the probes,
// the Services and the Ingress look. ASPNETCORE_URLS does not (it is read before appsettings.json).
public sealed class When_a_pod_starts_the_host_with_the_rendered_settings
{
    [Test]
    public async Task Should_listen_on_the_address_the_manifests_give_it()
    {
        var appsettings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))!;
        Assert.That((string?)appsettings["Urls"], Does.StartWith("http://127.0.0.1:"), "the host's own default the manifests must override");
        var container = RenderedManifests.Of("base").DeploymentOf("intake").Containers.Single();
        var listening = RenderedManifests.Of("base").Settings(container).Where(s => s.Key.EndsWith("urls", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(listening, Has.Count.EqualTo(1), "one listening setting");
        var (key, value) = listening[0];
        var port = HostProcess.FreePort();
        var dataDir = Directory.CreateTempSubdirectory("triage-k8s-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Triage.Host.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        // the manifests' key and scheme, the test's free loopback port in place of 0.0.0.0:8080
        start.Environment[key] = new UriBuilder(value.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)) { Port = port }.Uri.ToString().TrimEnd('/');
        start.Environment["Triage__Roles"] = "intake";
        start.Environment["Triage__DataDir"] = dataDir;
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var answered = await Eventually.HoldsAsync(async () =>
            {
                try { return (await http.GetAsync("/health/live")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return process.HasExited; }
            }, TimeSpan.FromSeconds(90));

            Assert.That(answered && !process.HasExited, Is.True, $"the host answers on the port {key} names:\n{Output(output)}");
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static string Output(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
