namespace Triage.Processes;

// How to start Triage.Host: its file and data folder, where it listens, what else it is told, and which health
// endpoint says it has started.
public sealed record HostStart(string HostDll, string DataDir)
{
    // Triage.Host.dll beside the running program (a project that references Triage.Host has it there).
    public static string BesideThisProgram => Path.Combine(AppContext.BaseDirectory, "Triage.Host.dll");

    // The address it binds; it is always called on the loopback.
    public string Address { get; init; } = "127.0.0.1";

    public int Port { get; init; } = HostProcess.FreePort();

    public IReadOnlyList<string> Arguments { get; init; } = [];

    // /health/live: the process answers; /health/ready: its storage and broker are up too.
    public string ReadyPath { get; init; } = "/health/live";

    public TimeSpan ReadyWithin { get; init; } = TimeSpan.FromSeconds(60);

    // Where its output is written when it is disposed (none: kept in memory only).
    public string? LogFile { get; init; }
}
