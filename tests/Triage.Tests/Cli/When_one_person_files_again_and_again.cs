using System.Text.Json;
using System.Text.Json.Nodes;
using Triage.Testing;
using Triage.Tests.Clusters;
using Triage.Tests.Signals;

namespace Triage.Tests.Cli;

public class When_one_person_files_again_and_again() : CliFolder("triage-person-")
{
    // Twelve filings by one person within a month, each freshly written about a new grievance, as a professional
    // repeat complainant files: what gives them away is the behaviour, so the decisions must agree.
    private static readonly string[] Grievances =
    [
        "你们的客服态度太差了，我打了三次电话都没人给我解决问题，要求给个说法。",
        "上个月扣款的时候多扣了我一笔钱，到现在也没退回来，请马上处理。",
        "App里面的账单和短信通知的金额对不上，到底以哪个为准？",
        "我要求你们把所有的还款明细发给我，逐笔列清楚每一笔利息是怎么算的。",
        "催收员给我打电话的时候说话很难听，我要求你们处理这个人。",
        "借款合同里面的服务费我从来没有同意过，要求全部退还。",
        "征信上显示我有一次逾期，但我记得那次是按时还的，要求查清楚。",
        "你们的利息算下来明显超过了国家规定，我要求重新核算。",
        "为什么我提前还款还要收手续费，这个条款我不认可。",
        "已经投诉这么多次了还没有结果，这次必须在三天内给我答复。",
        "我的个人信息是不是被你们泄露了，最近老是接到贷款推销电话。",
        "不接受你们之前提出的任何方案，要求全额退还所有费用并赔偿。",
    ];

    [Test]
    public async Task Should_give_every_filing_the_same_decision_from_the_same_person_evidence()
    {
        await TriageCli.RunAsync("generate", "--out", Folder, "--seed", "79", "--complaints", "600", "--days", "30");
        var lines = (await File.ReadAllLinesAsync(Path.Combine(Folder, "complaints.jsonl"))).ToList();
        var idNumber = ResidentIds.Make(7_123);
        string[] channels = ["app", "hotline", "web", "regulator", "email", "app"];
        for (var i = 0; i < Grievances.Length; i++)
            lines.Add(new JsonObject
            {
                ["externalId"] = $"PERSON-{i:D2}",
                ["channel"] = channels[i % channels.Length],
                ["receivedAt"] = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(8)).AddDays(i * 2).AddHours(i).ToString("yyyy-MM-ddTHH:mm:sszzz"),
                ["complainant"] = new JsonObject { ["name"] = "孙立群", ["phone"] = "13712345678", ["idNumber"] = idNumber },
                ["text"] = Grievances[i],
            }.ToJsonString());
        await File.WriteAllLinesAsync(Path.Combine(Folder, "in.jsonl"), lines);

        var (exit, _, error) = await TriageCli.RunAsync("score", "--input", Path.Combine(Folder, "in.jsonl"), "--output", Path.Combine(Folder, "out.jsonl"));
        var person = (await File.ReadAllLinesAsync(Path.Combine(Folder, "out.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(o => o.GetProperty("externalId").GetString()!.StartsWith("PERSON-", StringComparison.Ordinal)).ToList();

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(person, Has.Count.EqualTo(12));
        Assert.That(person.Select(p => p.GetProperty("suspect").GetBoolean()), Is.All.True, string.Join("\n", person.Select(p => p.ToString())));
        Assert.That(person.Select(p => p.GetProperty("route").GetString()), Is.All.EqualTo("fraud-review"));
        Assert.That(person.Select(p => p.GetProperty("reasons")[0].GetString()), Is.All.Contains("第 12 次投诉"));
    }

    // The person step: a ring member also files an ordinary complaint of their own two days later, under the same ID
    // number. Alone its words and its two filings would pass; its person's ring filing is suspect, so it is decided
    // with it, raised to the threshold and told which filing made it so.
    [Test]
    public async Task Should_decide_a_ring_members_own_filing_with_their_ring_filing_and_say_which()
    {
        var ring = Ring.Complaints(Ring.AgentPhone(), "2026-11-03");
        // The ring filing of the person has no external id: the reason names it by its line in the file.
        for (var i = 1; i < ring.Count; i++)
            ring[i]["externalId"] = $"RING-{i}";
        var own = new JsonObject
        {
            ["externalId"] = "OWN-0",
            ["channel"] = "app",
            ["receivedAt"] = "2026-11-05T10:00:00+08:00",
            ["complainant"] = ring[0]["complainant"]!.DeepClone(),
            ["text"] = "上个月的账单里多扣了一笔我没有办理过的会员服务费，客服说查不到记录，请核实后把这笔钱退回我的银行卡。",
        };
        var stranger = (JsonObject)own.DeepClone();
        stranger["externalId"] = "OTHER-0";
        // An ID no ring member can hold: Ring draws its members' from seeds ending in 0 to 7, and ResidentIds repeats only
        // every 15,000 seeds (6,411 was member 1's when the ring drew 6,410, 21,410 or 36,410, as one CI run did).
        stranger["complainant"] = new JsonObject { ["name"] = "周明", ["idNumber"] = ResidentIds.Make(6_419) };
        await File.WriteAllLinesAsync(Path.Combine(Folder, "in.jsonl"), ring.Append(own).Append(stranger).Select(c => c.ToJsonString()));

        var (exit, _, error) = await TriageCli.RunAsync("score", "--input", Path.Combine(Folder, "in.jsonl"), "--output", Path.Combine(Folder, "out.jsonl"));
        var scored = (await File.ReadAllLinesAsync(Path.Combine(Folder, "out.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(o => o.GetProperty("externalId").GetString() ?? "RING-0");

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(scored["RING-0"].GetProperty("suspect").GetBoolean(), Is.True);
        Assert.That(scored["OWN-0"].GetProperty("suspect").GetBoolean(), Is.True, scored["OWN-0"].ToString());
        Assert.That(scored["OWN-0"].GetProperty("reasons")[0].GetString(), Does.Contain("（第 1 行）已判为可疑"));
        Assert.That(scored["OWN-0"].GetProperty("score").GetDouble(), Is.LessThan(scored["RING-0"].GetProperty("score").GetDouble()),
            "raised to the threshold, below the ring filing");
        Assert.That(scored["OTHER-0"].GetProperty("suspect").GetBoolean(), Is.False, "the same words from someone else stay as they are");
    }
}
