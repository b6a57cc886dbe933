using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Testing;
using Triage.Tests.Signals;

namespace Triage.Tests.Cli;

public class When_a_file_with_a_ring_is_scored() : CliFolder("triage-ring-")
{
    private const string AgentPhone = "13912345678";
    private const string Firm = "鼎盛法务咨询有限公司";

    private static readonly DateTimeOffset FirstFiled = new(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Borrowers = ["陈明", "刘洋", "黄丽", "周强", "吴芳", "徐磊", "孙静", "马超"];

    private static readonly (string Name, string Channel, string? Category, string Text)[] Honest =
    [
        ("赵雪", "app", "deduction", "我上个月在你们app上提前还清了贷款,但是这个月还是从我的银行卡里扣了一笔钱,客服说要等十五个工作日才能退回,我觉得太久了。"),
        ("钱进", "hotline", null, "昨天晚上十一点多还有人打电话到我单位的座机,说我欠钱不还,同事都听到了,我现在在公司抬不起头,这种催收方式合法吗。"),
        ("孔丹", "web", "fees", "借款的时候页面上写的是年化百分之七点二,可是合同里多了一笔会员费和担保费,算下来利息翻了一倍,我要求把多收的钱退给我。"),
        ("曹阳", "email", null, "我的征信报告上显示有一笔逾期记录,可是那笔钱我是按时还的,有银行流水可以证明,麻烦你们给人民银行报送更正。"),
        ("严华", "app", "insurance", "我从来没有买过什么意外保险,但是每期账单里都有二十八块钱的保费,打客服电话一直排队,根本没人接,请把保费退回来。"),
    ];

    [Test]
    public async Task Should_put_the_ring_in_one_cluster_and_send_it_to_fraud_review()
    {
        var output = await ScoreAsync(Ring().Concat(Strangers()));

        var ring = output.Where(o => Id(o).StartsWith("ring-", StringComparison.Ordinal)).ToList();
        var clusterIds = ring.Select(o => o.GetProperty("clusterId").GetString()).Distinct().ToList();
        Assert.That(ring, Has.Count.EqualTo(Borrowers.Length));
        Assert.That(clusterIds, Has.Count.EqualTo(1));
        Assert.That(clusterIds[0], Does.Match("^CL-[0-9A-Fa-f]{12}$"));
        Assert.That(ring.Select(o => o.GetProperty("route").GetString()), Is.All.EqualTo("fraud-review"));
    }

    [Test]
    public async Task Should_leave_honest_strangers_in_no_cluster_and_with_the_handlers()
    {
        var output = await ScoreAsync(Ring().Concat(Strangers()));

        var honest = output.Where(o => Id(o).StartsWith("honest-", StringComparison.Ordinal)).ToList();
        Assert.That(honest, Has.Count.EqualTo(Honest.Length));
        Assert.That(honest.Select(o => o.GetProperty("clusterId").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        Assert.That(honest.Select(o => o.GetProperty("route").GetString()), Is.All.StartsWith("handling/"));
        Assert.That(honest.Where(o => Id(o) is "honest-3" or "honest-5").Select(o => o.GetProperty("route").GetString()),
            Is.EqualTo(new[] { "handling/fees", "handling/insurance" }));
    }

    [Test]
    public async Task Should_keep_a_person_filing_twice_with_the_handlers_in_a_cluster_of_their_own()
    {
        var again = Complaint("honest-again", "赵雪", ResidentIds.Make(501), "13800135001", FirstFiled.AddDays(6), "app", "deduction", Honest[0].Text + "已经过去一周了还没有退款。");

        var output = await ScoreAsync(Ring().Concat(Strangers()).Append(again));

        var person = output.Where(o => Id(o) is "honest-1" or "honest-again").ToList();
        var ringCluster = output.First(o => Id(o).StartsWith("ring-", StringComparison.Ordinal)).GetProperty("clusterId").GetString();
        Assert.That(person.Select(o => o.GetProperty("clusterId").GetString()).Distinct().Single(), Does.Match("^CL-[0-9A-Fa-f]{12}$").And.Not.EqualTo(ringCluster));
        Assert.That(person.Select(o => o.GetProperty("route").GetString()), Is.All.StartsWith("handling/"));
    }

    [Test]
    public async Task Should_write_the_same_output_every_time()
    {
        await WriteInputAsync(Ring().Concat(Strangers()));

        var first = await RunAsync("first.jsonl");
        var second = await RunAsync("second.jsonl");

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain("\"clusterId\":\"CL-"));
    }

    private async Task<List<JsonElement>> ScoreAsync(IEnumerable<JsonObject> complaints)
    {
        await WriteInputAsync(complaints);
        var text = await RunAsync("out.jsonl");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    private Task WriteInputAsync(IEnumerable<JsonObject> complaints) =>
        File.WriteAllLinesAsync(Path.Combine(Folder, "in.jsonl"), complaints.Select(c => c.ToJsonString()));

    private async Task<string> RunAsync(string outputName)
    {
        var (exit, _, error) = await TriageCli.RunAsync("score", "--input", Path.Combine(Folder, "in.jsonl"), "--output", Path.Combine(Folder, outputName));
        Assert.That(exit, Is.EqualTo(0), error);
        return await File.ReadAllTextAsync(Path.Combine(Folder, outputName));
    }

    private static string Id(JsonElement line) => line.GetProperty("externalId").GetString()!;

    // Different borrowers, one agent phone and firm, one template with names and sums swapped, filed within hours.
    private static IEnumerable<JsonObject> Ring() => Borrowers.Select((name, i) =>
    {
        var complaint = Complaint($"ring-{i + 1}", name, ResidentIds.Make(300 + i), $"1370000{1000 + i * 37}", FirstFiled.AddMinutes(17 * i), "regulator", "fees",
            $"本人{name},在贵司借款{8_000 + 1_350 * i}元,因疫情失业收入中断,属于非恶意逾期。现全权委托{Firm}代理处理本人债务事宜," +
            $"请直接与代理人联系,不要再联系本人及家人。本人要求:一、停息挂账,减免全部罚息和违约金;二、个性化分期{12 + 6 * (i % 3)}期偿还本金;" +
            "三、立即停止一切催收并消除逾期记录、修复征信。如贵司在三个工作日内不予处理,本人将投诉到银保监会、人民银行和12378热线,并向媒体曝光。");
        complaint["representative"] = new JsonObject { ["name"] = "王志远", ["phone"] = AgentPhone, ["organization"] = Firm, ["relation"] = "agent" };
        return complaint;
    });

    private static IEnumerable<JsonObject> Strangers() => Honest.Select((h, i) =>
        Complaint($"honest-{i + 1}", h.Name, ResidentIds.Make(501 + i), $"1380013{5001 + i}", FirstFiled.AddDays(i * 2 - 3).AddHours(i), h.Channel, h.Category, h.Text));

    private static JsonObject Complaint(string externalId, string name, string idNumber, string phone, DateTimeOffset receivedAt, string channel, string? category, string text) => new()
    {
        ["externalId"] = externalId,
        ["channel"] = channel,
        ["receivedAt"] = receivedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["complainant"] = new JsonObject { ["name"] = name, ["phone"] = phone, ["idNumber"] = idNumber },
        ["product"] = "cash-loan",
        ["category"] = category,
        ["text"] = text,
    };
}
