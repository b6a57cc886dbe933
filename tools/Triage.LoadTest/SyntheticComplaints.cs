using System.Text;
using System.Text.Json.Nodes;
using Triage.Contracts;

namespace Triage.LoadTest;

// Valid, varied wire-format complaints; enough variety that nothing is cached or deduplicated along the way.
public sealed class SyntheticComplaints(int seed)
{
    private static readonly string[] Channels = ["app", "web", "hotline", "email", "regulator", "social"];
    private static readonly string[] Categories = ["collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service"];
    private static readonly string[] Openings = ["本人于上月借款后", "我在贵公司的贷款", "上周我发现", "你们的催收员", "我的账户"];
    private static readonly string[] Middles = ["被重复扣款两次", "收取了不明服务费", "每天给我的家人打电话", "征信报告出现错误记录", "被强制捆绑保险"];
    private static readonly string[] Endings = ["请尽快核实处理。", "希望退还多收的费用。", "请停止骚扰我的亲友。", "请更正我的征信记录。", "否则我将向监管部门反映。"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

    private readonly Random _random = new(seed);

    public string Next(int n)
    {
        lock (_random)
        {
            var complaint = new JsonObject
            {
                ["externalId"] = $"load-{seed}-{n}",
                ["channel"] = Pick(Channels),
                ["receivedAt"] = DateTimeOffset.UtcNow.AddMinutes(-_random.Next(0, 60 * 24 * 30)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz"),
                ["complainant"] = new JsonObject
                {
                    ["name"] = Pick(Surnames) + (char)_random.Next(0x4E00, 0x9FA5),
                    ["phone"] = "1" + _random.NextInt64(3_000_000_000, 9_999_999_999),
                    ["idNumber"] = IdNumber(),
                },
                ["category"] = Pick(Categories),
                ["text"] = $"{Pick(Openings)}{Pick(Middles)},金额{_random.Next(100, 50_000)}元,{Pick(Endings)}",
            };
            return complaint.ToJsonString();
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string IdNumber() => ResidentIdNumbers.Synthetic(_random);
}
