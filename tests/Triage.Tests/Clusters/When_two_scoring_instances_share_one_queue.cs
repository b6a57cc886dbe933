using System.Text.Json;
using Dapper;
using Npgsql;
using Triage.Corpus;
using Triage.Signals.Clusters;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

// Separate processes on PostgreSQL and RabbitMQ: intake, routing and review in one, two competing scoring instances.
// Whatever order the two instances cluster in, the stored clusters must be exactly the components of the stored links.
[ProductionForm]
public class When_two_scoring_instances_share_one_queue
{
    [Test]
    public async Task Should_build_each_component_once_with_no_cluster_split_or_duplicated()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        var dataDir = Directory.CreateTempSubdirectory("triage-two-scorers-").FullName;
        var shared = HostProcess.OnPostgresAndRabbitMq(postgres.ConnectionString, rabbit);
        var corpus = new CorpusGenerator(new CorpusOptions { Seed = 515, Complaints = 1_200, SuspectShare = 0.35, Days = 20 }).Generate()
            .Select(c => JsonSerializer.SerializeToNode(c.Complaint, CorpusWriter.Json)!).ToList();
        try
        {
            await using var front = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "intake,routing,review", .. shared]);
            await using var first = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "scoring", .. shared]);
            await using var second = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "scoring", .. shared]);
            using var desk = front.Client("dev-desk-key");
            foreach (var batch in corpus.Chunk(200))
            {
                var response = await desk.PostJsonAsync("/api/v1/complaints/batch", new System.Text.Json.Nodes.JsonArray(batch.Select(n => n.DeepClone()).ToArray()));
                Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
            }

            await using var connection = new NpgsqlConnection(postgres.ConnectionString);
            var routed = await Eventually.HoldsAsync(async () =>
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed'") == corpus.Count, TimeSpan.FromSeconds(240));
            Assert.That(routed, Is.True, $"not every complaint was routed:\nfirst scorer:\n{Tail(first.Output)}\nsecond scorer:\n{Tail(second.Output)}");

            var members = (await connection.QueryAsync<(Guid Id, string? Cluster)>("SELECT id, triage_cluster_id FROM complaints")).ToList();
            var links = (await connection.QueryAsync<(Guid From, Guid To)>("SELECT complaint_id, linked_complaint_id FROM cluster_links")).ToList();
            var sizes = (await connection.QueryAsync<(string Id, int Size)>("SELECT id, size FROM clusters WHERE merged_into IS NULL AND size > 0")).ToList();
            var index = members.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);
            var components = new UnionFind(members.Count);
            foreach (var (from, to) in links)
                components.Union(index[from], index[to]);
            var clustersPerComponent = members.Where(m => components.SizeOf(index[m.Id]) > 1)
                .GroupBy(m => components.Find(index[m.Id])).Select(g => g.Select(m => m.Cluster).Distinct().ToList()).ToList();
            var componentsPerCluster = members.Where(m => m.Cluster is not null)
                .GroupBy(m => m.Cluster).Select(g => g.Select(m => components.Find(index[m.Id])).Distinct().Count()).ToList();

            Assert.That(first.Output, Does.Contain("scored"), "the first scoring instance took no messages");
            Assert.That(second.Output, Does.Contain("scored"), "the second scoring instance took no messages");
            Assert.That(clustersPerComponent, Has.Count.GreaterThan(10), "the corpus should form many clusters");
            Assert.That(clustersPerComponent.Where(c => c.Count != 1 || c[0] is null), Is.Empty, "a linked component split over several clusters, or left out");
            Assert.That(componentsPerCluster, Is.All.EqualTo(1), "a cluster holds unlinked complaints");
            Assert.That(members.Where(m => m.Cluster is not null && components.SizeOf(index[m.Id]) == 1), Is.Empty, "a clustered complaint without links");
            var actual = members.Where(m => m.Cluster is not null).GroupBy(m => m.Cluster!).ToDictionary(g => g.Key, g => g.Count());
            Assert.That(sizes.ToDictionary(s => s.Id, s => s.Size), Is.EquivalentTo(actual), "stored sizes differ from the members");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));
}
