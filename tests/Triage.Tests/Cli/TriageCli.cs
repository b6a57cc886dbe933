using System.Diagnostics;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Cli;

// The `triage` command as a user runs it, from its own build output (same configuration as these tests).
public static class TriageCli
{
    private static readonly string Dll = Path.Combine(TestEnvironment.RepoRoot, "services", "Triage.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "triage.dll");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
