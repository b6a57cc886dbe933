using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Npgsql;
using Triage.Processes;

namespace Triage.LoadTest.Online;

public static class OnlineBenchmark
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(OnlineOptions options)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, load average {Load()}");
        Console.WriteLine($"scoring: {(options.Batches ? "batches" : "one complaint per message")}; work folder {options.WorkDir}");
        var corpus = Path.Combine(options.WorkDir, "corpus");
        await CliAsync(options, "generate", "--out", corpus, "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
            "--complaints", options.Complaints.ToString(CultureInfo.InvariantCulture));
        var lines = Lines(corpus);
        var clock = Stopwatch.StartNew();
        await CliAsync(options, "score", "--input", Path.Combine(corpus, "complaints.jsonl"), "--output", Path.Combine(corpus, "scored.jsonl"));
        var offline = lines.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"triage score: {lines.Count:N0} complaints in {clock.Elapsed.TotalSeconds:N1} s, {offline:N0}/s (process start included)");

        var embedded = await EmbeddedAsync(options, lines);
        if (embedded is { } rate)
            Console.WriteLine($"embedded default: ratio to triage score {rate / offline:N3} (goal ≥ 0.25)");
        var ok = embedded is not null;
        if (options.Postgres is { } admin && options.RabbitMq is { } rabbit)
            ok &= await SplitAsync(options, admin, rabbit);
        Console.WriteLine($"load average at the end {Load()}");
        return ok ? 0 : 1;
    }

    private static async Task<double?> EmbeddedAsync(OnlineOptions options, IReadOnlyList<string> lines)
    {
        var dataDir = Path.Combine(options.WorkDir, "embedded");
        await using var host = await StartAsync(options.Host, dataDir, dataDir + ".log", "--Triage:Scoring:Batches", options.Batches.ToString(), "--Triage:Routing:Batches", options.Batches.ToString());
        using var desk = host.Client("dev-desk-key", 4);
        var ledger = RoutedLedger.Sqlite(Path.Combine(dataDir, "triage.db"));
        var failed = await CorpusPost.FlatOutAsync(desk, lines);
        var all = await ledger.AllRoutedAsync(lines.Count - failed, Stall);
        var rows = await ledger.ReadAsync();
        var figure = Figure("embedded default, flat out", rows, lines.Count, failed);
        if (!all)
            Console.WriteLine($"embedded default: not everything was routed\n{host.Tail}");
        return all ? figure : null;
    }

    // Triage.Host as an operator starts it, ready once its storage and broker are; warnings only, but each batch's
    // timings, and its output written beside the data when it ends.
    private static Task<HostProcess> StartAsync(string hostDll, string dataDir, string logFile, params string[] args) =>
        HostProcess.StartAsync(new HostStart(hostDll, dataDir)
        {
            Arguments =
            [
                "--Logging:LogLevel:Triage", "Warning", "--Logging:LogLevel:Default", "Warning",
                "--Logging:LogLevel:Triage.Scoring.Batches", "Information", .. args,
            ],
            ReadyPath = "/health/ready",
            ReadyWithin = TimeSpan.FromSeconds(90),
            LogFile = logFile,
        });

    private static async Task<bool> SplitAsync(OnlineOptions options, string admin, string rabbit)
    {
        var keys = new[] { "--Triage:PersonalData:EncryptionKey", Key(), "--Triage:PersonalData:HashKey", Key() };
        var sustained = Lines(await GenerateAsync(options, "sustained", options.Seed + 1, options.Sustained));
        var paced = Lines(await GenerateAsync(options, "paced", options.Seed + 2, options.Paced));
        var warmup = options.Warmup > 0 ? WarmupLines(await GenerateAsync(options, "warmup", options.Seed + 3, options.Warmup)) : [];
        var ok = true;
        foreach (var (name, lines, rate) in new[] { ("sustained, flat out", sustained, (double?)null), ($"offered {options.Rate:N0}/s", paced, options.Rate) })
        {
            var database = $"online_{Guid.NewGuid():N}";
            await AdminAsync(admin, $"CREATE DATABASE {database}");
            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = options.Pool }.ConnectionString;
            string[] shared =
            [
                "--Triage:Storage:Provider", "Postgres", "--Triage:Storage:ConnectionString", connectionString, .. keys,
                "--Triage:Bus:Transport", "RabbitMq", "--Triage:Bus:RabbitMq", rabbit,
                "--Triage:Scoring:Batches", options.Batches.ToString(), "--Triage:Routing:Batches", options.Batches.ToString(),
            ];
            var dataDir = Path.Combine(options.WorkDir, database);
            try
            {
                await using var front = await StartAsync(options.Host, dataDir, dataDir + "-front.log", ["--Triage:Roles", "intake,routing", .. shared]);
                var scorers = new List<HostProcess>();
                for (var i = 0; i < options.Scorers; i++)
                    scorers.Add(await StartAsync(options.Host, dataDir, $"{dataDir}-scoring-{i + 1}.log", ["--Triage:Roles", "scoring", .. shared]));
                using var desk = front.Client("dev-desk-key", rate is null ? 4 : 64);
                var ledger = RoutedLedger.Postgres(connectionString);
                // Warm-up (not measured): the services run for days, so their start and first compilations are not
                // part of a sustained rate. Flat out, whatever the run's own pace, and routed before the run starts.
                var warmed = 0;
                if (warmup.Count > 0)
                {
                    using var warmupDesk = front.Client("dev-desk-key", 4);
                    warmed = warmup.Count - await CorpusPost.FlatOutAsync(warmupDesk, warmup);
                    ok &= await ledger.AllRoutedAsync(warmed, Stall);
                }
                var since = warmed > 0 ? (await ledger.ReadAsync()).Max(r => r.Accepted) : DateTimeOffset.MinValue;
                HostProcess[] hosts = [front, .. scorers];
                var statements = options.Statements > 0 ? await StatementProfile.StartAsync(connectionString, options.Statements) : null;
                var cpu = CpuReading.Now();
                var hostCpu = hosts.Select(h => h.ProcessorTime.TotalSeconds).ToArray();

                var failed = rate is { } r ? await CorpusPost.PacedAsync(desk, lines, r) : await CorpusPost.FlatOutAsync(desk, lines);
                var all = await ledger.AllRoutedAsync(warmed + lines.Count - failed, Stall);
                var used = CpuReading.Now() - cpu;
                var hostUsed = hosts.Select((h, i) => h.ProcessorTime.TotalSeconds - hostCpu[i]).ToArray();
                var measured = (await ledger.ReadAsync()).Where(row => row.Accepted > since).ToList();
                Figure($"PostgreSQL + RabbitMQ, {options.Scorers} scoring processes, {name}", measured, lines.Count, failed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  CPU over the run{(warmed > 0 ? $" (after {warmed:N0} warm-up complaints)" : "")}: intake and routing {hostUsed[0]:N1} s, " +
                    $"scoring {string.Join(" + ", hostUsed.Skip(1).Select(v => v.ToString("N1", CultureInfo.InvariantCulture)))} s, " +
                    $"PostgreSQL {used.Postgres:N1} s, RabbitMQ {used.RabbitMq:N1} s; the machine {used.Machine:N1} s, " +
                    $"{used.Machine * 1000 / Math.Max(1, measured.Count):N2} ms a complaint"));
                if (statements is not null)
                    await statements.PrintAsync(lines.Count);
                if (!all)
                    Console.WriteLine($"not everything was routed\n{front.Tail}\n{string.Join('\n', scorers.Select(s => s.Tail))}");
                ok &= all;
                foreach (var scorer in scorers)
                    await scorer.DisposeAsync();
            }
            finally
            {
                await AdminAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
        return ok;
    }

    // Complaints/s from the first accepted to the last routed, the spread of accepted → routed, and where it went
    // (accepted → scored, scored → routed).
    private static double Figure(string name, IReadOnlyList<(DateTimeOffset Accepted, DateTimeOffset Scored, DateTimeOffset Routed)> rows, int posted, int failed)
    {
        if (rows.Count == 0)
        {
            Console.WriteLine($"{name}: nothing routed ({failed} of {posted} refused)");
            return 0;
        }
        var span = (rows.Max(r => r.Routed) - rows.Min(r => r.Accepted)).TotalSeconds;
        var latencies = rows.Select(r => (r.Routed - r.Accepted).TotalSeconds).Order().ToArray();
        double At(double q) => Quantile(latencies, q);
        var toScored = rows.Select(r => (r.Scored - r.Accepted).TotalSeconds).Order().ToArray();
        var toRouted = rows.Select(r => (r.Routed - r.Scored).TotalSeconds).Order().ToArray();
        var accepting = (rows.Max(r => r.Accepted) - rows.Min(r => r.Accepted)).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {rows.Count:N0} of {posted:N0} routed ({failed} refused); accepted over {accepting:N1} s ({rows.Count / Math.Max(accepting, 0.001):N0}/s); " +
            $"first accepted → last routed {span:N1} s = {rows.Count / span:N0}/s; accepted → routed p50 {At(0.5):N2} s, p99 {At(0.99):N2} s, max {latencies[^1]:N2} s " +
            $"(accepted → scored p50 {Quantile(toScored, 0.5):N2} s, p99 {Quantile(toScored, 0.99):N2} s; scored → routed p50 {Quantile(toRouted, 0.5):N2} s, p99 {Quantile(toRouted, 0.99):N2} s)"));
        return rows.Count / span;
    }

    private static double Quantile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    private static async Task<string> GenerateAsync(OnlineOptions options, string name, int seed, int complaints)
    {
        var folder = Path.Combine(options.WorkDir, name);
        await CliAsync(options, "generate", "--out", folder, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--complaints", complaints.ToString(CultureInfo.InvariantCulture));
        return folder;
    }

    // Another seed's complaints under external ids of their own, so that none of them meets a measured one's id.
    private static List<string> WarmupLines(string corpus) =>
        Lines(corpus).Select(line =>
        {
            var complaint = JsonNode.Parse(line)!.AsObject();
            complaint["externalId"] = "WARMUP-" + (string?)complaint["externalId"];
            return complaint.ToJsonString();
        }).ToList();

    private static List<string> Lines(string corpus) =>
        File.ReadLines(Path.Combine(corpus, "complaints.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

    private static async Task CliAsync(OnlineOptions options, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [options.Cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"triage {args[0]} exited {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static async Task AdminAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Cpu() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";
}
