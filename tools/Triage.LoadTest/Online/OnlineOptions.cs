using System.Globalization;

namespace Triage.LoadTest.Online;

public sealed record OnlineOptions(
    string Cli, string Host, string WorkDir, int Complaints, int Seed, bool Batches,
    string? Postgres, string? RabbitMq, int Sustained, double Rate, int Paced, int Scorers, int Warmup, int Statements, int Pool)
{
    public const string Usage = """
        Online scoring throughput, side by side in one run (docs/benchmarks.md):
          1. `triage generate` a corpus, `triage score` on it (complaints/s);
          2. the same file posted to the embedded default (SQLite, in-memory bus) and routed completely:
             first accepted → last routed (complaints/s) and its ratio to `triage score`;
          3. with --postgres and --rabbitmq: intake+routing in one process and --scorers scoring processes;
             --sustained complaints posted flat out, accepted → routed (complaints/s), then --paced complaints
             offered at --rate per second one by one, the p50/p99 of accepted → routed; each with the CPU seconds
             that the services, PostgreSQL, RabbitMQ and the whole machine used over it (from /proc).

        usage: dotnet run --project tools/Triage.LoadTest -c Release -- online [options]
          --cli DLL          services/Triage.Cli/bin/Release/net10.0/triage.dll
          --host DLL         services/Triage.Host/bin/Release/net10.0/Triage.Host.dll
          --work DIR         where corpora and data go (default: a new temporary folder)
          --complaints N     the file for steps 1 and 2 (default 4688)
          --seed N           its generator seed (default 707)
          --batches B        true (default) or false: the scoring services' Triage:Scoring:Batches
          --postgres CS      an admin connection string; each run gets a database of its own
          --rabbitmq URI     the broker for step 3
          --sustained N      complaints of the sustained run (default 20000)
          --rate R           the offered rate of the paced run (default 300)
          --paced N          complaints of the paced run (default 6000)
          --scorers N        scoring processes (default 2)
          --warmup N         complaints of another seed posted and routed before each step-3 run, not measured, so that
                             the figures are of warmed-up services (default 2000; 0: cold processes, as before 2026-12-04)
          --pool N           the services' Maximum Pool Size on PostgreSQL, as an operator's connection string sets it
                             (default 10, as deploy/docker-compose.yml; 50 before 2026-12-07; docs/operations.md, "Connections")
          --statements N     after each step-3 run, the N statements that took PostgreSQL the most time and the totals a
                             complaint (pg_stat_statements, which the server must load; default 0: none)
        """;

    public static OnlineOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--") || args[i] == "--help" || i + 1 >= args.Length)
                return null;
            values[args[i][2..]] = args[++i];
        }
        if (!values.TryGetValue("cli", out var cli) || !values.TryGetValue("host", out var host))
            return null;
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new OnlineOptions(
            Path.GetFullPath(cli), Path.GetFullPath(host),
            values.TryGetValue("work", out var work) ? Path.GetFullPath(work) : Directory.CreateTempSubdirectory("triage-online-").FullName,
            Int("complaints", 4688), Int("seed", 707), !values.TryGetValue("batches", out var batches) || bool.Parse(batches),
            values.GetValueOrDefault("postgres"), values.GetValueOrDefault("rabbitmq"),
            Int("sustained", 20_000), values.TryGetValue("rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : 300,
            Int("paced", 6_000), Int("scorers", 2), Int("warmup", 2_000), Int("statements", 0), Int("pool", 10));
    }
}
