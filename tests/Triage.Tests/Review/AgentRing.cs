using System.Globalization;
using System.Text.Json.Nodes;
using Triage.Testing;
using Triage.Tests.Signals;

namespace Triage.Tests.Review;

// An "agency rights-defence" ring: different borrowers, one agent phone and firm, one template with names and
// amounts swapped, filed through the regulator within a few hours.
public static class AgentRing
{
    public const string AgentPhone = "13912345678";
    public const string Firm = "鼎盛法务咨询有限公司";

    private static readonly string[] Borrowers = ["陈明", "刘洋", "黄丽", "周强", "吴芳", "徐磊", "孙静", "马超"];

    public static JsonArray Complaints(DateTimeOffset firstFiled)
    {
        var seed = Random.Shared.Next(1, 5_000) * 10;
        var batch = new JsonArray();
        for (var i = 0; i < Borrowers.Length; i++)
        {
            batch.Add(new JsonObject
            {
                ["externalId"] = $"ring-{Guid.NewGuid():N}",
                ["channel"] = "regulator",
                ["receivedAt"] = firstFiled.AddMinutes(17 * i).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                ["complainant"] = new JsonObject
                {
                    ["name"] = Borrowers[i],
                    ["phone"] = $"1370000{1000 + i * 37}",
                    ["idNumber"] = ResidentIds.Make(seed + i),
                },
                ["representative"] = new JsonObject
                {
                    ["name"] = "王志远",
                    ["phone"] = AgentPhone,
                    ["organization"] = Firm,
                    ["relation"] = "agent",
                },
                ["product"] = "cash-loan",
                ["category"] = "fees",
                ["text"] = Text(Borrowers[i], 8_000 + 1_350 * i, 12 + 6 * (i % 3)),
            });
        }
        return batch;
    }

    private static string Text(string name, int amount, int instalments) =>
        $"本人{name}，在贵司借款{amount}元，因疫情失业收入中断，属于非恶意逾期。现全权委托{Firm}代理处理本人债务事宜，" +
        $"请直接与代理人联系，不要再联系本人及家人。本人要求：一、停息挂账，减免全部罚息和违约金；二、个性化分期{instalments}期偿还本金；" +
        "三、立即停止一切催收并消除逾期记录、修复征信。如贵司在三个工作日内不予处理，本人将投诉到银保监会、人民银行和12378热线，并向媒体曝光。";
}
