using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Triage.Complaints;
using Triage.Contracts;
using Triage.Scoring;
using Triage.Scoring.Clusters;
using Triage.Signals.Clusters;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

// The batch scorer claims a whole batch in one statement and assigns its clusters in memory, writing them in one
// command; before, each complaint's clusters were read, changed and refreshed statement by statement. The two must
// store the same thing. Two copies of one set of complaints get the same links and scores (links to earlier complaints
// and a few to later batch-mates, of every kind, with a small size limit so that unions are refused, and a confirmed
// and a dismissed cluster among the first ones): one copy is assigned a complaint at a time by the statement-by-statement
// assigner (the code before, kept in StatementByStatementAssigner), the other in batches of 20 by ClusterAssigner. The
// clusters (members, size, risk, flag, status), merges, links and what each complaint was told (its cluster, a flag
// raised) must agree.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_batch_is_clustered_at_once(string storage) : StorageFixture(storage)
{
    private const int Complaints = 160;
    private const int First = 60;
    private static readonly ClusterOptions Options = new() { MaxSize = 15 };

    [Test]
    public async Task Should_store_what_one_complaint_at_a_time_stores()
    {
        var database = Factory.Services.GetRequiredService<Database>();
        var one = await SubmitAsync("one");
        var batched = await SubmitAsync("batch");
        var random = new Random(1313);
        var plan = Enumerable.Range(0, Complaints).Select(i => (Links: Links(random, i), Score: random.NextDouble())).ToList();
        List<ClusterLink> LinksOf(List<Guid> ids, int i) =>
            plan[i].Links.Select(l => new ClusterLink(ids[i], ids[l.To], l.Kind, l.Strength, l.Kind == ClusterLinkKind.Template ? null : "AB01")).ToList();

        var reference = new StatementByStatementAssigner(database, Options, TimeProvider.System, NullLogger.Instance);
        var assigner = new ClusterAssigner(database, Options, TimeProvider.System, NullLogger<ClusterAssigner>.Instance);
        var told = new Dictionary<string, List<ClusterAssignment>> { ["one"] = [], ["batch"] = [] };
        // The first ones one at a time in both copies, then a verdict on two of their clusters.
        for (var i = 0; i < First; i++)
        {
            told["one"].Add(await OneAsync(database, reference, one[i], LinksOf(one, i), plan[i].Score));
            told["batch"].Add(await OneAsync(database, reference, batched[i], LinksOf(batched, i), plan[i].Score));
        }
        var clustered = Enumerable.Range(0, First).Where(i => told["one"][i].ClusterId is not null).Select(i => told["one"][i].ClusterId!).Distinct().ToList();
        Assert.That(clustered, Has.Count.GreaterThanOrEqualTo(2), "the first complaints should form clusters");
        var firstOfEach = clustered.Select(c => Enumerable.Range(0, First).Last(i => told["one"][i].ClusterId == c)).ToList();
        foreach (var ids in new[] { one, batched })
        {
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("UPDATE clusters SET status = 'confirmed' WHERE id = (SELECT triage_cluster_id FROM complaints WHERE id = @Id)",
                new { Id = ids[firstOfEach[0]] });
            await connection.ExecuteAsync("UPDATE clusters SET status = 'dismissed' WHERE id = (SELECT triage_cluster_id FROM complaints WHERE id = @Id)",
                new { Id = ids[firstOfEach[1]] });
        }

        for (var i = First; i < Complaints; i++)
            told["one"].Add(await OneAsync(database, reference, one[i], LinksOf(one, i), plan[i].Score));
        foreach (var chunk in Enumerable.Range(First, Complaints - First).Chunk(20))
            told["batch"].AddRange(await BatchAsync(database, assigner, chunk.Select(i => (batched[i], LinksOf(batched, i), plan[i].Score)).ToList()));

        var expected = await StoredAsync(database, one, told["one"]);
        var actual = await StoredAsync(database, batched, told["batch"]);
        TestContext.Out.WriteLine($"one at a time: {expected.Summary}; in batches: {actual.Summary}");
        Assert.That(expected.Clusters.Count(l => l.Contains("size=")), Is.GreaterThan(5), "the corpus should form many clusters");
        Assert.That(expected.Told.Count(t => t.Contains("flag")), Is.GreaterThan(0), "some cluster should be flagged");
        Assert.That(expected.Merges, Is.GreaterThan(0), "some clusters should merge");
        Assert.That(actual.Clusters, Is.EqualTo(expected.Clusters));
        Assert.That(actual.Links, Is.EqualTo(expected.Links));
        Assert.That(actual.Merges, Is.EqualTo(expected.Merges));
        Assert.That(actual.Told, Is.EqualTo(expected.Told));
    }

    // Up to four links each: mostly to one of the 30 before it, one in ten to one of the next 10 (a batch-mate not yet
    // scored); identifiers, the same complainant, templates weak and strong.
    private static List<(int To, ClusterLinkKind Kind, double Strength)> Links(Random random, int i)
    {
        var links = new List<(int To, ClusterLinkKind Kind, double Strength)>();
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            var to = random.NextDouble() < 0.1 ? Math.Min(Complaints - 1, i + 1 + random.Next(10)) : i - 1 - random.Next(Math.Min(i, 30) is 0 ? 1 : Math.Min(i, 30));
            var kind = (ClusterLinkKind)random.Next(0, 8);
            var strength = kind == ClusterLinkKind.Template ? Math.Round(0.4 + random.NextDouble() * 0.3, 3) : 1.0;
            if (to >= 0 && to != i && links.All(l => l.To != to || l.Kind != kind))
                links.Add((to, kind, strength));
        }
        return links;
    }

    private async Task<List<Guid>> SubmitAsync(string copy)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < Complaints; i++)
        {
            var complaint = new JsonObject
            {
                ["channel"] = "app",
                ["receivedAt"] = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(7 * i).ToString("O"),
                ["complainant"] = new JsonObject { ["name"] = $"投诉人{i}" },
                ["text"] = $"第{i}号投诉({copy}):扣款两次,请退回。",
            };
            ids.Add(await Factory.SubmitAsync(complaint));
        }
        return ids;
    }

    private static TriageResult Result(double score) => new(score, score >= 0.5, [], "test-model", DateTimeOffset.UtcNow);

    private static async Task<ClusterAssignment> OneAsync(Database database, StatementByStatementAssigner assigner, Guid id, List<ClusterLink> links, double score)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await database.BeginWriteAsync(connection);
        var membership = await new ClusterAssigner(database, Options, TimeProvider.System, NullLogger<ClusterAssigner>.Instance)
            .LockAsync(connection, transaction, id, links);
        Assert.That(await ScoreWriter.ClaimAsync(connection, transaction, id, Result(score), CancellationToken.None), Is.True);
        var assignment = await assigner.AssignAsync(connection, transaction, membership, CancellationToken.None);
        await transaction.CommitAsync();
        return assignment;
    }

    // As ComplaintBatchScorer writes a batch: everything its links reach locked, one claim, the clusters in memory.
    private static async Task<IReadOnlyList<ClusterAssignment>> BatchAsync(Database database, ClusterAssigner assigner,
        List<(Guid Id, List<ClusterLink> Links, double Score)> batch)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await database.BeginWriteAsync(connection);
        var locked = await assigner.LockMembersAsync(connection, transaction, batch.SelectMany(c => c.Links.Select(l => l.To).Append(c.Id)).Distinct().ToList(),
            new ClusterLocks(database), CancellationToken.None);
        var claimed = await ScoreWriter.ClaimManyAsync(connection, transaction, database.Dialect, batch.Select(c => (c.Id, Result(c.Score))).ToList(), CancellationToken.None);
        Assert.That(claimed, Is.EquivalentTo(batch.Select(c => c.Id)));
        var assignments = await assigner.AssignAsync(connection, transaction, batch.Select(c => new ClusterCandidate(c.Id, c.Links, c.Score)).ToList(), locked,
            CancellationToken.None);
        await transaction.CommitAsync();
        return assignments;
    }

    // The stored clusters of one copy, named by their members' positions (cluster ids are random): members, size, risk,
    // flag and status of each live cluster; the links by position; how many merges; and per complaint what it was told
    // (its cluster at that moment, named by the order in which the clusters were first told, and the flag raised).
    private static async Task<(List<string> Clusters, List<string> Links, long Merges, List<string> Told, string Summary)> StoredAsync(Database database,
        List<Guid> ids, List<ClusterAssignment> told)
    {
        await using var connection = await database.OpenAsync();
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var members = (await connection.QueryAsync<(Guid Id, string? Cluster)>(
                $"SELECT id, triage_cluster_id FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}", new { Ids = database.Dialect.Uuids(ids) }))
            .Where(m => m.Cluster is not null).ToLookup(m => m.Cluster!, m => position[m.Id]);
        var clusterIds = members.Select(g => g.Key).ToList();
        var rows = (await connection.QueryAsync<ClusterRow>(
            $"SELECT id, status, suspect, size, risk, created_at, merged_into FROM clusters WHERE {database.Dialect.InList("id", "@Ids")}",
            new { Ids = database.Dialect.List(clusterIds) })).ToDictionary(r => r.Id);
        var clusters = clusterIds.Select(c => (Members: string.Join(",", members[c].Order()), Row: rows[c]))
            .Select(c => $"[{c.Members}] size={c.Row.Size} risk={c.Row.Risk:0.000000000} suspect={c.Row.Suspect} status={c.Row.Status} merged={c.Row.MergedInto is not null}")
            .Order(StringComparer.Ordinal).ToList();
        var links = (await connection.QueryAsync<(Guid From, Guid To, string Kind)>(
                $"SELECT complaint_id, linked_complaint_id, kind FROM cluster_links WHERE {database.Dialect.InList("complaint_id", "@Ids")}",
                new { Ids = database.Dialect.Uuids(ids) }))
            .Select(l => $"{position[l.From]}->{position[l.To]} {l.Kind}").Order(StringComparer.Ordinal).ToList();
        var everTold = told.Select(t => t.ClusterId).OfType<string>().Distinct().ToList();
        var merges = await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM cluster_merges WHERE {database.Dialect.InList("cluster_id", "@Ids")}", new { Ids = database.Dialect.List(everTold) });
        var name = everTold.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => $"C{p.i}");
        var toldText = told.Select((t, i) => $"{i}: {(t.ClusterId is { } c ? name[c] : "-")}" +
                                             (t.Flagged is { } f ? $" flag {name[f.ClusterId]} size={f.Size} risk={f.Risk:0.000000000}" : "")).ToList();
        return (clusters, links, merges, toldText, $"{clusters.Count} clusters, {links.Count} links, {merges} merges, {toldText.Count(t => t.Contains("flag"))} flags");
    }
}
