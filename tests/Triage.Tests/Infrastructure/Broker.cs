using System.Diagnostics;

namespace Triage.Tests.Infrastructure;

// Stops and starts the throwaway RabbitMQ broker of deploy/local, as an outage would.
public static class Broker
{
    public static Task StopAsync() => RunAsync("stop-app");

    public static Task StartAsync() => RunAsync("start-app");

    private static async Task RunAsync(string verb)
    {
        var script = Path.Combine(TestEnvironment.RepoRoot, "deploy", "local", "rabbitmq.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmq.sh {verb} failed ({process.ExitCode}): {await output} {await error}");
    }
}
