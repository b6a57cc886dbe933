using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triage.LoadTest.Online;

// Triage.Host as its own process, as an operator starts it; its output kept for when it fails.
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public string Tail { get { lock (_output) return string.Join('\n', _output.ToString().Split('\n').TakeLast(30)); } }

    // The output goes to a file beside the data when the process ends: each batch's timings are in it.
    public string? LogFile { get; private set; }

    public static async Task<ServiceProcess> StartAsync(string hostDll, string dataDir, string logFile, params string[] args)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", url.ToString().TrimEnd('/'), "--Triage:DataDir", dataDir,
            "--Logging:LogLevel:Triage", "Warning", "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Triage.Scoring.Batches", "Information", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        var service = new ServiceProcess(Process.Start(start)!, url) { LogFile = logFile };
        using var http = new HttpClient { BaseAddress = url };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (service._process.HasExited)
                break;
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return service;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        var tail = service.Tail;
        await service.DisposeAsync();
        throw new InvalidOperationException($"Triage.Host did not become ready:\n{tail}");
    }

    public HttpClient Client(string apiKey, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (LogFile is not null)
            lock (_output)
                File.WriteAllText(LogFile, _output.ToString());
    }
}
