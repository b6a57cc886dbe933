using System.Diagnostics;
using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// deploy/local/*.sh run the way an operator runs them, for tests that start, halt and restart their own servers.
public static class LocalScript
{
    public static async Task<string> RunAsync(string script, string verb, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestEnvironment.RepoRoot, "deploy", "local", script), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancel.Token);
        var all = await output + await errors;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"deploy/local/{script} {verb} exited {process.ExitCode}:\n{all}");
        return all;
    }
}
