using System.Text.Json.Nodes;
using Triage.Testing;
using Triage.Tests.Infrastructure;
using Triage.Tests.Signals;

namespace Triage.Tests.Clusters;

// A small agency ring: different borrowers, one agent phone and company, one template with names and sums swapped.
public static class Ring
{
    private const string OtherTemplate =
        "我叫{0},{1}以后一直没有稳定收入,贷款{2}元实在还不上。你们的催收员天天打我单位电话,还威胁上门。我已委托律师全权处理," +
        "请贵司撤销全部违约金和罚息,允许我分{3}个月还清本金,否则我们将提起诉讼并向人民银行征信中心申诉。";

    private const string Template =
        "本人{0},因{1}导致非恶意逾期,现全权委托代理人与贵司协商。要求贵司立即停止催收,停息挂账,减免全部罚息和违约金," +
        "本金{2}元分{3}期偿还,并修复我的征信记录。如不同意,我将向金融监管总局和12378投诉,并向媒体曝光,请与我的代理人联系。";

    private static readonly string[] Names =
        ["王小明", "李娟", "张伟", "刘芳", "陈磊", "杨洋", "赵敏", "黄磊", "吴静", "孙强", "朱丽", "胡军", "郭敏", "何平", "高洁", "林涛"];
    private static readonly string[] Reasons =
        ["失业", "生病住院", "家庭变故", "疫情影响收入", "公司倒闭", "工资拖欠", "车祸", "生意失败", "离婚", "降薪", "父母患病", "店铺关门", "被裁员", "意外受伤", "投资失败", "孩子上学"];

    private static int _rings;

    // Each ring files on days of its own, further apart than the clustering horizon, so rings in one database stay apart.
    // From 2001 (intake refuses dates before 2000 and after now): room for some 200 rings in one test run. Starting in
    // 2022 left room for 39, and the run outgrew it: the 40th ring's complaints were dated in the future and refused.
    public static string NextDay()
    {
        var day = new DateOnly(2001, 1, 1).AddDays(45 * Interlocked.Increment(ref _rings));
        if (day > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)))
            throw new InvalidOperationException($"Ring.NextDay ran out of past days after {_rings} rings; space them closer or start earlier.");
        return day.ToString("yyyy-MM-dd");
    }

    public static List<JsonObject> Complaints(string agentPhone, string day, int size = 8, string organization = "安心法务咨询有限公司", int shift = 0,
        bool otherTemplate = false)
    {
        var seed = Random.Shared.Next(1, 5_000) * 10;
        return Enumerable.Range(shift, size).Select(i =>
        {
            var complaint = Infrastructure.SampleComplaints.Minimal();
            complaint["channel"] = "regulator";
            complaint["receivedAt"] = $"{day}T{6 + i:D2}:00:00+08:00";
            complaint["complainant"] = new JsonObject { ["name"] = Names[i], ["idNumber"] = ResidentIds.Make(seed + i) };
            complaint["representative"] = new JsonObject { ["relation"] = "agent", ["phone"] = agentPhone, ["organization"] = organization };
            complaint["text"] = string.Format(otherTemplate ? OtherTemplate : Template, Names[i], Reasons[i], 10_000 + i * 3_517, 12 + i * 6);
            return complaint;
        }).ToList();
    }

    public static string AgentPhone() => $"137{Random.Shared.Next(10_000_000, 99_999_999)}";
}
