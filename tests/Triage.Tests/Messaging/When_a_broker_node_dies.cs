using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using Triage.Corpus;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

// The production form on a three-node RabbitMQ cluster with quorum queues: intake, scoring and routing as their own
// processes. Mid-load (a quarter submitted, routing under way) the node that leads the scoring queue (also the node
// every process connected to first) is killed with SIGKILL and started again with its data. Every accepted complaint
// must end routed, scored once.
[Category("Fault")]
[ProductionForm]
public class When_a_broker_node_dies
{
    private const int Complaints = 2_000;
    private const double PerSecond = 80;
    private static readonly string[] ConsumerQueues = ["triage-scoring", "triage-routing", "triage-routing-clusters"];

    [Test]
    public async Task Should_route_every_accepted_complaint_once_after_the_node_returns()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var cluster = await BrokerCluster.StartAsync();
        var corpus = new CorpusGenerator(new CorpusOptions { Seed = 1206, Complaints = Complaints, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!).ToList();
        var dataDir = Directory.CreateTempSubdirectory("triage-node-dies-").FullName;
        string[] shared =
        [
            .. HostProcess.OnPostgresAndRabbitMq(postgres.ConnectionString, cluster.Uri),
            "--Triage:Bus:QueueType", "Quorum",
            "--Triage:Outbox:PublishTimeout", "00:00:05",
            "--Triage:Outbox:MaxBackoff", "00:00:05",
        ];
        try
        {
            var hosts = await Task.WhenAll(new[] { "intake", "scoring", "routing" }.Select(role =>
                HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", role, .. shared])));
            await using var intake = hosts[0];
            await using var scoring = hosts[1];
            await using var routing = hosts[2];
            using var desk = intake.Client("dev-desk-key");
            var queues = await Eventually.HoldsAsync(async () =>
                ConsumerQueues.All((await cluster.QueuesAsync()).Select(q => q.Name).Contains), TimeSpan.FromSeconds(30));
            var declared = await cluster.QueuesAsync();
            var victim = declared.Single(q => q.Name == "triage-scoring").LeaderNode;
            await using var progress = new PipelineProgress(postgres.ConnectionString, intake.Client());
            progress.Start();

            var load = new PacedLoad();
            var submitting = load.RunAsync(desk, corpus, PerSecond, desks: 8);
            // Mid-load: a quarter submitted and the pipeline running end to end (routing has written its first routes).
            await Eventually.HoldsAsync(async () => load.Answered >= Complaints / 4 && await progress.RoutedAsync() > 0, TimeSpan.FromSeconds(60));
            var killedAt = progress.Elapsed;
            var routedAtKill = await progress.RoutedAsync();
            await cluster.KillNodeAsync(victim);
            var backAt = TimeSpan.Zero;
            var restart = cluster.StartNodeAsync(victim).ContinueWith(t => { backAt = progress.Elapsed; return t; }, TaskScheduler.Default).Unwrap();
            await submitting;
            var submittedAt = progress.Elapsed;
            var accepted = load.Accepted.ToList();
            var allRouted = await Eventually.HoldsAsync(async () => await progress.RoutedAsync() >= accepted.Count, TimeSpan.FromSeconds(150));
            var restartLog = await restart;
            var whole = await cluster.AllRunningAsync();
            await Task.Delay(2000);
            var routedAt = progress.FirstReached(accepted.Count);

            await using var connection = new NpgsqlConnection(postgres.ConnectionString);
            var notRouted = (await connection.QueryAsync<Guid>(
                "SELECT id FROM complaints WHERE id = ANY(@accepted) AND status <> 'routed'", new { accepted })).ToList();
            var stored = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE id = ANY(@accepted)", new { accepted });
            var onlineScores = (await connection.QueryAsync<long>(
                "SELECT COUNT(*) FROM complaint_scores WHERE mode = 'online' AND complaint_id = ANY(@accepted) GROUP BY complaint_id", new { accepted })).ToList();
            var withoutRoute = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM complaints c WHERE c.id = ANY(@accepted) AND NOT EXISTS (SELECT 1 FROM complaint_routes r WHERE r.complaint_id = c.id)", new { accepted });
            var repeatedRoutes = await connection.ExecuteScalarAsync<long>(
                """
                SELECT COUNT(*) FROM (
                    SELECT destination, LAG(destination) OVER (PARTITION BY complaint_id ORDER BY routed_at, id) AS previous
                    FROM complaint_routes) AS r
                WHERE destination = previous
                """);
            var scoredTwice = await connection.ExecuteScalarAsync<long>(
                """
                SELECT COUNT(*) FROM (
                    SELECT body::jsonb ->> 'complaintId' FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintScored'
                    GROUP BY 1 HAVING COUNT(*) > 1) AS t
                """);
            var routes = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint_routes");
            var stall = progress.LongestStallAfter(killedAt, accepted.Count);
            var peakWaiting = progress.Samples.Select(s => s.OutboxWaiting).DefaultIfEmpty().Max();
            var dispatchFailures = new[] { intake, scoring, routing }.Sum(h => Occurrences(h.Output, "Outbox dispatch failed"));
            // An endpoint whose acknowledgements were caught on the dead connection gives up on them after Triage:Bus:StopTimeout.
            var endpointsGivenUp = new[] { scoring, routing }.Sum(h => Occurrences(h.Output, "Consumer stop canceled"));
            var leaders = string.Join(", ", declared.Select(q => $"{q.Name}: {q.Type}{(q.Durable ? "" : " (not durable)")}, leader node {q.LeaderNode}"));
            TestContext.Out.WriteLine(
                $"{accepted.Count} of {Complaints} complaints accepted (202), {load.Refused.Count} refused; queues {leaders}; " +
                $"node {victim} killed at {killedAt.TotalSeconds:F1} s with {routedAtKill} routed, back at {backAt.TotalSeconds:F1} s " +
                $"(down {(backAt - killedAt).TotalSeconds:F1} s); last 202 at {submittedAt.TotalSeconds:F1} s; {(routedAt is { } at ? $"all routed at {at.TotalSeconds:F1} s" : "not all routed")}; " +
                $"longest routing stall after the kill {stall.TotalSeconds:F1} s; intake unready for about {progress.Unready.TotalSeconds:F1} s; " +
                $"outbox peak {peakWaiting} waiting; {dispatchFailures} failed dispatch attempts; {endpointsGivenUp} endpoints stopped waiting for their acknowledgements; {routes} routes for {accepted.Count} complaints\n" +
                $"start-node {victim}:\n{restartLog}");

            Assert.That(declared.Where(q => ConsumerQueues.Contains(q.Name)).Select(q => (q.Type, q.Durable)),
                Is.All.EqualTo(("quorum", true)), "the consumers' queues are durable quorum queues");
            Assert.That(queues, Is.True, "the consumers declared their queues");
            Assert.That(whole, Is.True, $"node {victim} is back in the cluster");
            Assert.That(load.Refused, Is.Empty, "intake answered 202 all the while (the broker is not on the request path)");
            Assert.That(allRouted, Is.True, $"{accepted.Count - await progress.RoutedAsync()} accepted complaints not routed within 150 s " +
                $"({await StrandedAsync(connection, accepted)}; {Occurrences(routing.Output, "re-driven through")} re-drives by the reconciler):\n" +
                $"scoring:\n{Tail(scoring.Output)}\nrouting:\n{Tail(routing.Output)}");
            Assert.That(stored, Is.EqualTo(accepted.Count), "every accepted complaint is stored");
            Assert.That(notRouted, Is.Empty, "every accepted complaint is routed");
            Assert.That(withoutRoute, Is.Zero, "every accepted complaint has a route");
            Assert.That(onlineScores, Has.Count.EqualTo(accepted.Count).And.All.EqualTo(1), "one online score per complaint");
            Assert.That(scoredTwice, Is.Zero, "no complaint announced as scored twice");
            Assert.That(repeatedRoutes, Is.Zero, "no route written twice in a row (every route row is a change)");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // Where the complaints that took longest stood: by status, and whether their ComplaintScored had been published.
    private static async Task<string> StrandedAsync(NpgsqlConnection connection, List<Guid> accepted)
    {
        var rows = await connection.QueryAsync<(string Status, bool Published, long Count)>(
            """
            SELECT c.status, EXISTS (SELECT 1 FROM outbox o WHERE o.message_type = 'Triage.Contracts.ComplaintScored'
                       AND o.body::jsonb ->> 'complaintId' = c.id::text AND o.sent_at IS NOT NULL) AS published, COUNT(*)
            FROM complaints c WHERE c.id = ANY(@accepted) AND c.status <> 'routed' GROUP BY 1, 2 ORDER BY 1, 2
            """, new { accepted });
        return string.Join(", ", rows.Select(r => $"{r.Count} {r.Status}{(r.Published ? " with ComplaintScored published" : "")}"));
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    private static string Tail(string text) => text[^Math.Min(3000, text.Length)..];
}
