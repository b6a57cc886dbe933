using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triage.Tests.Infrastructure;

// Triage.Host as its own process, started the way an operator starts it.
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    // The arguments every process of a split deployment shares: one PostgreSQL database, its keys, one broker.
    public static string[] OnPostgresAndRabbitMq(string connectionString, string rabbitUri) =>
    [
        "--Triage:Storage:Provider", "Postgres",
        "--Triage:Storage:ConnectionString", connectionString,
        "--Triage:PersonalData:EncryptionKey", TestKeys.Encryption,
        "--Triage:PersonalData:HashKey", TestKeys.Hash,
        "--Triage:Bus:Transport", "RabbitMq",
        "--Triage:Bus:RabbitMq", rabbitUri,
    ];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<HostProcess> StartAsync(string host, int port, string dataDir, params string[] args)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Triage.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://{host}:{port}", "--Triage:DataDir", dataDir, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var process = new HostProcess(Process.Start(start)!, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var up = await Eventually.HoldsAsync(async () =>
        {
            try { return (await http.GetAsync("/health/live")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return process._process.HasExited; }
        }, TimeSpan.FromSeconds(60));
        if (!up || process._process.HasExited)
            throw new InvalidOperationException($"Triage.Host did not start:\n{process.Output}");
        return process;
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    // kill -9: no shutdown hooks, no flush; what was not committed is gone.
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
