using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

// The run's last step recomputes the window's clusters whole. Each test first puts the store into a state the online,
// one-complaint-at-a-time clustering can leave behind (a ring split in two, honest complaints glued into a flagged
// cluster), then checks the run brings the clusters to what hindsight sees.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_rescoring_run_recomputes_the_clusters(string storage) : StorageFixture(storage)
{
    // A ring of eight is a group the scores can flag (ScoredCoreMinSize is twenty in a real window), and its members with
    // no agent behind them score 0.68 to 0.82 with the shipped model, a risk of about 0.74 (ScoredCoreMinRisk is 0.8).
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Triage:Roles"] = "all", ["Triage:Rescoring:ChunkSize"] = "3",
        ["Triage:Clusters:ScoredCoreMinSize"] = "6", ["Triage:Clusters:ScoredCoreMinRisk"] = "0.6",
    };

    [Test]
    public async Task Should_reunite_a_ring_the_online_view_split_and_change_nothing_the_second_time()
    {
        var day = Ring.NextDay();
        var ids = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day));
        await using var connection = await OpenAsync();
        var ring = await connection.ExecuteScalarAsync<string>("SELECT triage_cluster_id FROM complaints WHERE id = @Id", new { Id = ids[0] });
        Assert.That(ring, Is.Not.Null, "the ring formed one cluster online");
        var split = "CL-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var later = ids.Skip(4).ToList();
        await InsertClusterAsync(connection, split, "open", suspect: true, later.Count);
        foreach (var id in later)
            await connection.ExecuteAsync("UPDATE complaints SET triage_cluster_id = @split WHERE id = @id", new { split, id = Id(id) });
        await connection.ExecuteAsync("UPDATE clusters SET size = 4 WHERE id = @ring", new { ring });

        var run = await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        var clusters = await connection.QueryAsync<string>(
            $"SELECT DISTINCT triage_cluster_id FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids(ids) });
        Assert.That(clusters, Is.EqualTo(new[] { ring }), "the older cluster keeps its id and takes the ring back");
        Assert.That(run.GetProperty("complaintsMoved").GetInt32(), Is.EqualTo(4));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT size FROM clusters WHERE id = @ring", new { ring }), Is.EqualTo(8));
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT merged_into FROM clusters WHERE id = @split", new { split }), Is.EqualTo(ring));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cluster_merges WHERE cluster_id = @ring AND merged_cluster_id = @split",
            new { ring, split }), Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM cluster_links WHERE {Dialect.InList("complaint_id", "@Ids")} OR {Dialect.InList("linked_complaint_id", "@Ids")}",
            new { Ids = Dialect.Uuids(later) }), Is.GreaterThan(0), "the moved members' links explain their new cluster");
        Assert.That(await OutboxRows.CountAsync(connection, "ClusterUpdated", split), Is.EqualTo(1));

        var again = await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        Assert.That(again.GetProperty("complaintsMoved").GetInt32(), Is.Zero);
        Assert.That(again.GetProperty("clustersChanged").GetInt32(), Is.Zero);
        Assert.That(again.GetProperty("changed").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Should_part_two_outfits_that_one_cluster_held()
    {
        var day = Ring.NextDay();
        // In hindsight a template link needs rare shared content: among only the two outfits' eight letters, the letters'
        // wording would be everybody's and link nobody. Forty other complaints that day make it the outfits' own.
        await Factory.SubmitRoutedAsync(HonestDay.FortyOthers(day));
        var first = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "甲法务咨询有限公司"));
        var second = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "乙法务咨询有限公司", shift: 4));
        await using var connection = await OpenAsync();
        var glued = await GlueAsync(connection, [.. first, .. second], "open");

        await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        var clusterOf = (await connection.QueryAsync<(Guid Id, string? Cluster)>(
                $"SELECT id, triage_cluster_id FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids([.. first, .. second]) }))
            .ToDictionary(r => r.Id, r => r.Cluster);
        var firsts = first.Select(id => clusterOf[id]).Distinct().ToList();
        var seconds = second.Select(id => clusterOf[id]).Distinct().ToList();
        Assert.That(firsts, Has.Count.EqualTo(1).And.None.Null, "each outfit's letters stay one cluster");
        Assert.That(seconds, Has.Count.EqualTo(1).And.None.Null);
        Assert.That(seconds[0], Is.Not.EqualTo(firsts[0]), "the letters resemble each other, but the outfits are two");
        Assert.That(new[] { firsts[0], seconds[0] }, Does.Contain(glued), "one of them keeps the cluster they shared");
    }

    // A coached member files on their own, retyping the outfit's template around a story of their own: too loose a copy
    // for a template link to any member online, but in hindsight they hold the template's core (CoreAttachment).
    [Test]
    public async Task Should_bring_a_loosely_retyped_coached_member_into_the_outfits_cluster()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(HonestDay.FortyOthers(day));
        var ring = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), day));
        var member = (await Factory.SubmitRoutedAsync([Coached(day,
            "现全权委托代理人与贵司协商,要求贵司立即停止催收,停息挂账,减免全部罚息和违约金,并修复我的征信记录。请与我的代理人联系。")]))[0];
        await AssertJoinedAsync(day, ring, member);
    }

    // An outfit that coaches every member to file on their own leaves no agent identifier behind its group: its members'
    // scores flag it, which gives it a core all the same (ClusterOptions.ScoredCoreMinSize). (The other template: a run's
    // context reaches 90 days back, and a second ring of the same template there would halve its sentences' rarity.)
    [Test]
    public async Task Should_bring_a_coached_member_into_a_group_that_only_the_scores_flag()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(HonestDay.FortyOthers(day));
        var filings = Ring.Complaints(Ring.AgentPhone(), day, otherTemplate: true);
        foreach (var filing in filings)
            filing.Remove("representative");
        var ring = await Factory.SubmitRoutedAsync(filings);
        var member = (await Factory.SubmitRoutedAsync([Coached(day,
            "我已委托律师全权处理,请贵司撤销全部违约金和罚息,允许我分期还清本金,否则我们将提起诉讼并向人民银行征信中心申诉。")]))[0];
        await AssertJoinedAsync(day, ring, member);
    }

    // A coached member's own story, then the part of the template they were given.
    private static JsonObject Coached(string day, string template)
    {
        var coached = SampleComplaints.Minimal();
        coached["channel"] = "regulator";
        coached["receivedAt"] = $"{day}T18:30:00+08:00";
        coached["complainant"] = new JsonObject { ["name"] = "邹晓燕" };
        coached["text"] = "我在城中村开了个小理发店，今年房东涨租又碰上拆迁，店只能关了，家里还有两个孩子要养。" + template;
        return coached;
    }

    private async Task AssertJoinedAsync(string day, IReadOnlyList<Guid> ring, Guid member)
    {
        await using var connection = await OpenAsync();
        var ringCluster = await connection.ExecuteScalarAsync<string>("SELECT triage_cluster_id FROM complaints WHERE id = @Id", new { Id = Id(ring[0]) });
        Assert.That(ringCluster, Is.Not.Null, "the ring formed one cluster online");
        Assert.That(await connection.ExecuteScalarAsync<string?>("SELECT triage_cluster_id FROM complaints WHERE id = @Id", new { Id = Id(member) }),
            Is.Not.EqualTo(ringCluster), "online, nothing linked the coached member to the ring");

        await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT triage_cluster_id FROM complaints WHERE id = @Id", new { Id = Id(member) }),
            Is.EqualTo(ringCluster));
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT route_destination FROM complaints WHERE id = @Id", new { Id = Id(member) }),
            Is.EqualTo("fraud-review"));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cluster_links WHERE complaint_id = @Id AND kind = 'Template'",
            new { Id = Id(member) }), Is.GreaterThan(0), "a template link to a member explains the move");
    }

    [Test]
    public async Task Should_dissolve_a_flagged_cluster_of_unlinked_complaints_and_send_them_back_to_the_handlers()
    {
        var day = Ring.NextDay();
        var ids = await Factory.SubmitRoutedAsync(HonestDay.ThreePeople(day));
        await using var connection = await OpenAsync();
        var cluster = await GlueAsync(connection, ids, "open");

        var run = await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        Assert.That(run.GetProperty("clustersChanged").GetInt32(), Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT size FROM clusters WHERE id = @cluster", new { cluster }), Is.Zero);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT suspect FROM clusters WHERE id = @cluster", new { cluster }), Is.Zero);
        var rows = (await connection.QueryAsync<(string? Cluster, string Destination)>(
            $"SELECT triage_cluster_id, route_destination FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids(ids) })).ToList();
        Assert.That(rows.Select(r => r.Cluster), Is.All.Null);
        Assert.That(rows.Select(r => r.Destination), Is.All.StartsWith("handling/"));
        Assert.That(await OutboxRows.CountAsync(connection, "ClusterUpdated", cluster), Is.EqualTo(1));
        Assert.That(await OutboxRows.CountAsync(connection, "ComplaintRouted", ids[0]),
            Is.EqualTo(2), "routed online, then back to the handlers");
    }

    // Six people tell one scam call in the same long sentence, each after a few words of their own: online their texts link
    // them into one cluster, which their scores do not flag. In hindsight nothing but the text holds them (no agent, no
    // shared device) and the scores do not flag them, so the group is not kept (UnflaggedTextGroups); nobody's route changes.
    [Test]
    public async Task Should_release_a_group_of_strangers_that_only_one_story_holds()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(HonestDay.FortyOthers(day));
        string[] openings = ["我是开出租车的，", "我在医院当护工，", "我刚毕业没多久，", "我在工厂上夜班，", "我家在县城开超市，", "我是退休教师，"];
        var ids = await Factory.SubmitRoutedAsync(openings.Select((opening, i) =>
        {
            var complaint = SampleComplaints.Minimal();
            complaint["receivedAt"] = $"{day}T{9 + i:D2}:20:00+08:00";
            complaint["complainant"] = new JsonObject { ["name"] = $"讲述人{i}" };
            complaint["text"] = opening + "今天中午一个外地号码打过来，说是受贵公司委托催收，让我把钱转到一个个人账户上，我不敢转，想确认一下这是不是你们的人。";
            return complaint;
        }));
        await using var connection = await OpenAsync();
        var online = (await connection.QueryAsync<(string? Cluster, string Destination)>(
            $"SELECT triage_cluster_id, route_destination FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids(ids) })).ToList();
        Assert.That(online.Select(r => r.Cluster).Distinct().ToList(), Has.Count.EqualTo(1).And.None.Null, "the story linked them into one cluster online");
        Assert.That(online.Select(r => r.Destination), Is.All.StartsWith("handling/"));
        var cluster = online[0].Cluster;

        await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        var rows = (await connection.QueryAsync<(string? Cluster, string Destination)>(
            $"SELECT triage_cluster_id, route_destination FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids(ids) })).ToList();
        Assert.That(rows.Select(r => r.Cluster), Is.All.Null);
        Assert.That(rows.Select(r => r.Destination), Is.All.StartsWith("handling/"));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT size FROM clusters WHERE id = @cluster", new { cluster }), Is.Zero);
    }

    [Test]
    public async Task Should_leave_a_cluster_an_analyst_decided_as_it_is()
    {
        var day = Ring.NextDay();
        var ids = await Factory.SubmitRoutedAsync(HonestDay.ThreePeople(day));
        await using var connection = await OpenAsync();
        var cluster = await GlueAsync(connection, ids, "confirmed");

        var run = await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        Assert.That(run.GetProperty("complaintsMoved").GetInt32(), Is.Zero);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT suspect FROM clusters WHERE id = @cluster", new { cluster }), Is.EqualTo(1));
        var rows = (await connection.QueryAsync<(string? Cluster, string Destination)>(
            $"SELECT triage_cluster_id, route_destination FROM complaints WHERE {Dialect.InList("id", "@Ids")}", new { Ids = Dialect.Uuids(ids) })).ToList();
        Assert.That(rows.Select(r => r.Cluster), Is.All.EqualTo(cluster));
        Assert.That(rows.Select(r => r.Destination), Is.All.EqualTo("fraud-review"));
    }

    private SqlDialect Dialect => Factory.Services.GetRequiredService<Database>().Dialect;

    private object Id(Guid id) => Storage == "postgres" ? id : id.ToString();

    private Task<System.Data.Common.DbConnection> OpenAsync() => Factory.Services.GetRequiredService<Database>().OpenAsync();

    // As if the online view had linked them: one open (or decided) flagged cluster, members with the fraud team.
    private async Task<string> GlueAsync(System.Data.Common.DbConnection connection, List<Guid> ids, string status)
    {
        var cluster = "CL-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        await InsertClusterAsync(connection, cluster, status, suspect: true, ids.Count);
        foreach (var id in ids)
            await connection.ExecuteAsync("UPDATE complaints SET triage_cluster_id = @cluster, route_destination = 'fraud-review' WHERE id = @id",
                new { cluster, id = Id(id) });
        return cluster;
    }

    private static Task InsertClusterAsync(System.Data.Common.DbConnection connection, string id, string status, bool suspect, int size) =>
        connection.ExecuteAsync(
            """
            INSERT INTO clusters (id, status, suspect, size, risk, first_seen, last_seen, created_at, updated_at, flagged_at)
            VALUES (@id, @status, @suspect, @size, 0.9, @now, @now, @now, @now, @now)
            """,
            new { id, status, suspect = suspect ? 1 : 0, size, now = DateTimeOffset.UtcNow });
}
