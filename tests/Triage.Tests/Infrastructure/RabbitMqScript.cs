using System.Diagnostics;
using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// deploy/local/rabbitmq.sh, run as an operator runs it; its settings come from the test's environment.
public static class RabbitMqScript
{
    public static async Task<string> RunAsync(params string[] args)
    {
        var (exitCode, output, error) = await TryRunAsync(args);
        if (exitCode != 0)
            throw new InvalidOperationException($"rabbitmq.sh {string.Join(' ', args)} failed ({exitCode}): {output} {error}");
        return output;
    }

    public static async Task<(int ExitCode, string Output, string Error)> TryRunAsync(params string[] args)
    {
        var script = Path.Combine(TestEnvironment.RepoRoot, "deploy", "local", "rabbitmq.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
