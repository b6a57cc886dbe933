using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

// Honest complaints for a rescoring run's day: three unrelated people with unrelated troubles, and forty other people's
// complaints in their own words (as far as 40 combinations go), so that in hindsight the day's stock wording is
// everybody's and a group's own sentences are rare.
public static class HonestDay
{
    public static readonly string[] Texts =
    [
        "上个月自动扣款扣了两次,请把多扣的那一期还款退回到我的银行卡。",
        "客服电话一直打不通,我想咨询提前还清贷款的手续费是怎么计算的。",
        "我的征信报告上显示一笔逾期记录,但我每一期都是按时还款的,请核查更正。",
    ];

    public static List<JsonObject> ThreePeople(string day) => Texts.Select((text, i) =>
    {
        var complaint = SampleComplaints.Minimal();
        complaint["receivedAt"] = $"{day}T{9 + 3 * i:D2}:00:00+08:00";
        complaint["complainant"] = new JsonObject { ["name"] = new[] { "周明", "吴芳", "郑刚" }[i] };
        complaint["text"] = text;
        return complaint;
    }).ToList();

    public static IEnumerable<JsonObject> FortyOthers(string day) => Enumerable.Range(0, 40).Select(i =>
    {
        var complaint = SampleComplaints.Minimal();
        complaint["receivedAt"] = $"{day}T{8 + i / 4:D2}:{i % 4 * 15:D2}:00+08:00";
        complaint["complainant"] = new JsonObject { ["name"] = $"客户{i:D2}号" };
        complaint["text"] = $"{Texts[i % 3]}订单编号{1000 + i * 37},金额{200 + i * 13}元,{Texts[(i / 3) % 3]}";
        return complaint;
    });
}
