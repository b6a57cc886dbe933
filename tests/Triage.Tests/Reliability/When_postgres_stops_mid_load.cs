using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using Triage.Corpus;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Reliability;

// The distributed form (intake and a scoring/routing worker as processes, PostgreSQL, RabbitMQ) while PostgreSQL goes
// away without a clean shutdown for a minute under load. Intake answers 202 or 503 with Retry-After, never 500; the
// desks retry; when the database is back, every complaint that was accepted reaches a route, none twice. Messages that
// failed during the outage went to the error queues: the reconciler is what brings those complaints home.
[ProductionForm]
[Category("Fault")]
public class When_postgres_stops_mid_load
{
    private const int Total = 2_000;
    private const int Desks = 4;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Should_answer_503_meanwhile_and_route_every_accepted_complaint_once_it_is_back()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        TestEnvironment.PostgresConnectionString();
        var port = HostProcess.FreePort();
        var localDir = Directory.CreateTempSubdirectory("triage-pg-outage-").FullName;
        // Durable, as production runs it: with fsync and synchronous commit off, a crash may lose commits the client saw.
        var environment = new Dictionary<string, string> { ["TRIAGE_PG_PORT"] = port.ToString(), ["TRIAGE_LOCAL_DIR"] = localDir, ["TRIAGE_PG_DURABLE"] = "1" };
        var connectionString = $"Host=127.0.0.1;Port={port};Username=triage;Password=triage;Database=triage;Timeout=3";
        var dataDir = Directory.CreateTempSubdirectory("triage-pg-outage-data-").FullName;
        var complaints = new CorpusGenerator(new CorpusOptions { Seed = 818, Complaints = Total, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!.ToJsonString()).ToList();
        try
        {
            await LocalScript.RunAsync("postgres.sh", "start", environment);
            string[] shared = HostProcess.OnPostgresAndRabbitMq(connectionString, rabbit);
            await using var intake = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "intake", .. shared]);
            await using var worker = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir,
            [
                "--Triage:Roles", "scoring,routing", .. shared,
                "--Triage:Reconciler:Interval", "00:00:02",
                "--Triage:Reconciler:Bound", "00:00:30",
                "--Triage:Reconciler:BackoffBase", "00:00:10",
            ]);

            var answers = new ConcurrentDictionary<int, int>();
            var accepted = 0;
            var next = -1;
            var clock = Stopwatch.StartNew();
            using var desk = intake.Client("dev-desk-key");
            desk.Timeout = TimeSpan.FromSeconds(30);
            var load = Enumerable.Range(0, Desks).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < Total)
                {
                    while (true)
                    {
                        HttpResponseMessage response;
                        try
                        {
                            response = await desk.PostRawAsync("/api/v1/complaints", complaints[index]);
                        }
                        catch (HttpRequestException)
                        {
                            answers.AddOrUpdate(0, 1, (_, n) => n + 1);
                            await Task.Delay(500);
                            continue;
                        }
                        answers.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                        if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref accepted);
                            break;
                        }
                        if ((int)response.StatusCode != 503)
                            break;
                        await Task.Delay(response.Headers.RetryAfter?.Delta is { } wait && wait < TimeSpan.FromSeconds(2) ? wait : TimeSpan.FromSeconds(1));
                    }
                }
            })).ToList();

            Assert.That(await Eventually.HoldsAsync(() => Volatile.Read(ref accepted) >= Total / 4, TimeSpan.FromSeconds(120)), Is.True, "the load got going");
            var haltedAt = clock.Elapsed;
            await LocalScript.RunAsync("postgres.sh", "halt", environment);
            await Task.Delay(Outage);
            await LocalScript.RunAsync("postgres.sh", "start", environment);
            var backAt = clock.Elapsed;
            await Task.WhenAll(load);
            var acceptedAt = clock.Elapsed;

            await using var connection = new NpgsqlConnection(connectionString);
            var routed = await Ledger.AllRoutedAsync(connection, Total, TimeSpan.FromSeconds(240));
            var ledger = await Ledger.ReadAsync(connection);
            var redriven = worker.Output.Split('\n').Count(l => l.Contains("re-driven through"));
            TestContext.Out.WriteLine(
                $"halted at {haltedAt.TotalSeconds:0} s for {Outage.TotalSeconds:0} s; back at {backAt.TotalSeconds:0} s; all accepted at {acceptedAt.TotalSeconds:0} s; " +
                $"all routed at {clock.Elapsed.TotalSeconds:0} s; answers {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(a.Key == 0 ? "no answer" : a.Key)}×{a.Value}"))}; " +
                $"complaints re-driven by the reconciler: {redriven}; {ledger}");

            Assert.That(answers.Keys.Where(status => status >= 500 && status != 503), Is.Empty, "intake answered 202 or 503, never another 5xx");
            Assert.That(answers.Keys.Where(status => status is > 0 and < 500 and not 200 and not 202), Is.Empty, "no complaint was refused");
            Assert.That(answers.GetValueOrDefault(503), Is.GreaterThan(0), "the outage was seen by intake (else this test proves nothing)");
            Assert.That(accepted, Is.EqualTo(Total));
            Assert.That(routed, Is.True, $"not every accepted complaint was routed: {ledger}\n{worker.Output[^Math.Min(3000, worker.Output.Length)..]}");
            Assert.That(ledger.ScoredTwice, Is.Zero, ledger.ToString());
            Assert.That(ledger.RoutedTwice, Is.Zero, ledger.ToString());
            Assert.That(ledger.WithoutOnlineScore, Is.Zero, "every complaint was scored, none parked: " + ledger);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await LocalScript.RunAsync("postgres.sh", "stop", environment);
            Directory.Delete(localDir, recursive: true);
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
