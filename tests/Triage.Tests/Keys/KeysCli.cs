using System.Diagnostics;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// `triage keys …` from the CLI's build output, configured as the services are: through environment variables.
public static class KeysCli
{
    private static readonly string Dll = Path.Combine(TestEnvironment.RepoRoot, "services", "Triage.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "triage.dll");

    public static Process Start(Dictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__")] = value;
        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var process = Start(settings, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
