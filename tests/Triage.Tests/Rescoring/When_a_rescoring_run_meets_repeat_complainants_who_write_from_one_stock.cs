using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

// Two professional repeat complainants file four times each in one day, every filing three of one stock's five grievance
// sentences, each from their own phone under their own name, among forty other complaints. In hindsight their texts link
// them into one group, and nothing else joins the two: the nightly run takes the group apart into them
// (RepeatFilersApart), one cluster of each person's filings. Every group of three or more is flagged here
// (FlagMinRisk 0), so that no other step releases a group its scores would not flag. The control (the step out of reach,
// PersonMinFilings 1,000, on SQLite) keeps the two people in one cluster.
[TestFixture("sqlite", true)]
[TestFixture("postgres", true)]
[TestFixture("sqlite", false)]
public class When_a_rescoring_run_meets_repeat_complainants_who_write_from_one_stock(string storage, bool apart) : StorageFixture(storage)
{
    private static readonly string[] Stock =
    [
        "你们的软件在我不知情的情况下读取了我手机里的全部联系人", "合同上写的综合年化和借款页面上宣传的完全对不上号",
        "还款日还没到就从我绑定的银行卡里直接划走了一笔钱", "我从来没有勾选过什么会员服务却每个月都被扣了费",
        "我的借款资料被你们转给了别的公司现在天天有人打电话推销",
    ];

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Triage:Roles"] = "all", ["Triage:Rescoring:ChunkSize"] = "3", ["Triage:Clusters:FlagMinRisk"] = "0",
        ["Triage:Clusters:PersonMinFilings"] = apart ? "3" : "1000",
    };

    [Test]
    public async Task Should_give_each_of_them_their_own_cluster()
    {
        var day = Ring.NextDay();
        await Factory.SubmitRoutedAsync(HonestDay.FortyOthers(day));
        var filers = new List<List<Guid>>();
        foreach (var (name, phone) in new[] { ("钱立新", "13911112222"), ("孙雅琴", "13933334444") })
        {
            var p = filers.Count;
            filers.Add(await Factory.SubmitRoutedAsync(Enumerable.Range(0, 4).Select(n =>
            {
                var complaint = SampleComplaints.Minimal();
                complaint["receivedAt"] = $"{day}T{9 + n * 3 + p:D2}:40:00+08:00";
                complaint["complainant"] = new JsonObject { ["name"] = name, ["phone"] = phone };
                var said = Enumerable.Range(0, 3).Select(k => Stock[(p + n * 2 + k) % Stock.Length]);
                complaint["text"] = $"这是我第{n + 1}次投诉。{string.Join("。", said)}。请尽快处理。";
                return complaint;
            })));
        }

        await RescoringRequests.RunDayAsync(Factory.CreateClient("dev-admin-key"), day);

        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        var dialect = Factory.Services.GetRequiredService<Database>().Dialect;
        var clusterOf = new List<List<string?>>();
        foreach (var filings in filers)
            clusterOf.Add((await connection.QueryAsync<string?>(
                $"SELECT triage_cluster_id FROM complaints WHERE {dialect.InList("id", "@Ids")}", new { Ids = dialect.Uuids(filings) })).ToList());
        TestContext.Out.WriteLine(string.Join(" / ", clusterOf.Select(c => string.Join(",", c.Select(x => x ?? "none")))));
        if (!apart)
        {
            Assert.That(clusterOf[0].Intersect(clusterOf[1]).Where(c => c is not null), Is.Not.Empty, "the control: their texts join them");
            return;
        }
        Assert.That(clusterOf[0].Distinct().ToList(), Has.Count.EqualTo(1).And.None.Null, "the first person's four filings together");
        Assert.That(clusterOf[1].Distinct().ToList(), Has.Count.EqualTo(1).And.None.Null, "the second person's four filings together");
        Assert.That(clusterOf[0][0], Is.Not.EqualTo(clusterOf[1][0]), "each person their own cluster");
    }
}
