namespace Triage.Signals.Tests.Clusters;

// What every outfit buys from the same template market: the demands, the hardship and the threats. Honest people
// who ask for a waiver use some of it too.
public static class StockPhrases
{
    public const string Demands = "现要求贵司停息挂账，减免罚息和违约金，并为本人办理个性化分期，同时停止一切催收行为。";

    public const string Hardship = "本人属于非恶意逾期，因不可抗力导致收入中断，并非有意拖欠。";

    public const string Threat = "如贵司不予处理，本人将向银保监会、金融监管总局和人民银行投诉，并拨打12378热线反映。";

    public static readonly IReadOnlyList<string> HonestWaivers =
    [
        "我今年在工地摔伤了腰，三个月没法干活，想问能不能停息挂账或者个性化分期，我不是故意不还。",
        "疫情期间店铺关门了，收入一下没了，听说可以申请减免罚息，希望你们能帮帮忙，我会慢慢还。",
        "孩子住院花了很多钱，这个月实在周转不开，能不能先把违约金减免一些，下个月我一定补上。",
        "我被公司裁员了，正在找新工作，想申请个性化分期，每个月少还一点，请告诉我需要什么材料。",
        "家里老人生病，我请假照顾了两个月，逾期了十几天，属于非恶意逾期，希望不要上报征信。",
        "你们的催收电话一天打十几个，我已经说了下周发工资就还，再这样我只能打12378投诉了。",
    ];

    // An honest week around the outfits: the waiver requests, people's own words, and their own words quoting each stock
    // phrase, every one by a person of their own over five days.
    public static List<ComplaintFacts> Bystanders()
    {
        string[] stock = [Demands, Hardship, Threat];
        return HonestWaivers.Concat(OwnTexts.All).Concat(OwnTexts.All.SelectMany(text => stock.Select(phrase => text + phrase)))
            .Select((text, i) => Filing.By($"honest-{i}").Saying(text).OnDay(i % 5).Build())
            .ToList();
    }
}
