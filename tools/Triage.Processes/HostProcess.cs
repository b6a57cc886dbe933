using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triage.Processes;

// Triage.Host as its own process, started the way an operator starts it; its output kept for when it fails.
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string? _logFile;

    private HostProcess(Process process, int port, string? logFile)
    {
        _process = process;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}");
        _logFile = logFile;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    // The CPU time the process has used so far (user and system).
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    // The last 30 lines of its output.
    public string Tail => string.Join('\n', Output.Split('\n').TakeLast(30));

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Triage.Host.dll beside the running program, listening on host:port.
    public static Task<HostProcess> StartAsync(string host, int port, string dataDir, params string[] args) =>
        StartAsync(new HostStart(HostStart.BesideThisProgram, dataDir) { Address = host, Port = port, Arguments = args });

    // Returns once the ready path answers; a process that exits first or does not answer in time is stopped, and the
    // exception carries its output.
    public static async Task<HostProcess> StartAsync(HostStart start)
    {
        var info = new ProcessStartInfo("dotnet", [start.HostDll, "--urls", $"http://{start.Address}:{start.Port}", "--Triage:DataDir", start.DataDir, .. start.Arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(start.HostDll))!,
        };
        var process = new HostProcess(Process.Start(info)!, start.Port, start.LogFile);
        using var http = new HttpClient { BaseAddress = process.Url };
        var clock = Stopwatch.StartNew();
        while (!process._process.HasExited && clock.Elapsed < start.ReadyWithin)
        {
            try
            {
                if ((await http.GetAsync(start.ReadyPath)).IsSuccessStatusCode)
                    return process;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        await process.KillAsync();
        var output = process.Output;
        await process.DisposeAsync();
        throw new InvalidOperationException($"Triage.Host did not answer {start.ReadyPath} within {start.ReadyWithin.TotalSeconds:0} s:\n{output}");
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Url };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    // For load: at most this many connections at once, and a request that takes a minute fails.
    public HttpClient Client(string apiKey, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    // kill -9: no shutdown hooks, no flush; what was not committed is gone. Returns once the process has exited and
    // all it wrote has been read.
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (_logFile is not null)
            File.WriteAllText(_logFile, Output);
    }
}
