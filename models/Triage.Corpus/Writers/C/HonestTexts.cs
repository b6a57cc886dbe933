using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// Honest first filings, hardship requests, follow-ups and incident reports.
internal static class HonestTexts
{
    private static readonly string[] HonestWaivers = ["罚息能不能免掉，本金我会还。", "能不能让我分几期还？", "如果能把<feeName>免了最好。", "能不能先别算罚息。"];

    private static readonly string[] WaiverAsks =
    [
        "能不能先停一下罚息，让我分<split>期慢慢还？", "我想申请延期一两个月。", "违约金能不能免掉，本金我一定还。", "我现在每个月最多能还<half>，能不能按这个来？",
        "能不能把剩下的重新分期，期数多一点。", "请给我一个能还得起的方案。", "我想问有没有困难客户的政策。", "求你们让催收先别打了，我在想办法。",
    ];

    private static readonly string[] WaiverFeelings = ["我现在每天都睡不好。", "压力真的很大。", "我也不想这样。", "希望你们能理解。", "我是真的没办法了才来说的。", "说出来也不怕你们笑话。"];

    private static readonly string[] FollowOpen =
    [
        "我<firstDate>投诉过一次，工单号<ticket>，到现在没人处理。", "这是我第二次反映同一个问题了，上次是<firstDate>，单号<ticket>。",
        "跟进一下工单<ticket>。", "<firstDate>我打过电话反映，客服说3到5个工作日回复，现在还没消息。", "之前提交的问题（<firstDate>）还是没解决，再说一遍。",
        "你好，还是我，<firstDate>那个问题。", "<firstDate>反映的问题，处理得怎么样了？编号<ticket>。",
    ];

    private static readonly string[] FollowStatus =
    [
        "中间有个客服打过一次电话，说在核实，之后就没消息了。", "你们回复说<q>已转相关部门处理</q>，然后就没有然后了。", "电话里说会处理，到现在什么都没变。",
        "答复让我自己去找第三方，这不是解决问题。", "我每次打电话都要从头说一遍。", "", "", "系统里显示<q>处理中</q>已经好多天了。",
    ];

    private static readonly Dictionary<string, string[]> FollowNews = new(StringComparer.Ordinal)
    {
        ["collection"] = ["这两天催收又打给<rel2>了。", "昨天晚上十一点还在打。", "现在他们换了号码继续打。"],
        ["fees"] = ["这期账单里还是有<feeName>。", "退费到现在也没到账。", "又扣了一期<fee>。"],
        ["deduction"] = ["多扣的钱还是没退。", "这个月又扣了一次。", "银行那边说钱确实被你们划走了。"],
        ["credit-report"] = ["银行那边还在等我的征信更新，再拖贷款就批不下来了。", "我今天又查了一次征信，还是没改。"],
        ["privacy"] = ["昨天又接了三个贷款推销电话。", "推销短信一天比一天多。"],
        ["insurance"] = ["保费这个月照扣。", "<insurer>那边还是让我找你们。"],
        ["service"] = ["还是开不出来。", "APP的问题还在。", "还是没人给我回电话。"],
        ["other"] = ["问题还在。", "情况没有任何变化。"],
    };

    private static readonly string[] FollowAsk = ["请给个明确的处理时间。", "麻烦这次认真处理一下。", "请安排专人跟进，谢谢。", "希望这次能有结果。", "请尽快回复我。", "能不能直接给我打个电话说清楚？"];

    public static string Genuine(Random rng, TextContext context, string category, WritingStyle style)
    {
        var hand = Hand.Of(context.Person.Id, style, context.Style);
        var slots = new Slots(rng, context, hand);
        var size = HonestComposer.Size(rng, style.Register);
        if (size == 0)
            return hand.Finish(rng, slots.Fill(rng, Shorts.ByCategory.TryGetValue(category, out var s) ? s : Shorts.ByCategory["other"]));
        var facts = Pick.Some(rng, HonestComposer.Bank(category), Math.Min(HonestComposer.Coherent(category), HonestComposer.FactCount(rng, size)));
        var asks = Pick.Chance(rng, 0.1) ? [] : Pick.Some(rng, HonestComposer.Asks(category), size >= 3 ? 2 : 1);
        if (Pick.Chance(rng, 0.1))
            asks.Add(Pick.One(rng, HonestWaivers));
        if (hand.Quotes && size >= 2 && Shorts.ByCategory.ContainsKey(category))
            facts.Insert(rng.Next(facts.Count + 1), Pick.One(rng, Screens.ByCategory[category]));
        return HonestComposer.Compose(rng, hand, slots, facts, asks, size, Pick.Chance(rng, 0.12));
    }

    public static string Waiver(Random rng, TextContext context, WritingStyle style)
    {
        // Hardship is asked for, not shouted: an angry writer keeps their keyboard habits but not their openers.
        var hand = Hand.Of(context.Person.Id, style.Register == Register.Angry ? style with { Register = Register.Colloquial } : style, context.Style);
        var slots = new Slots(rng, context, hand);
        slots["half"] = hand.Money(Math.Max(100, Math.Round(context.Case.Instalment / 2 / 50) * 50));
        slots["split"] = Say.Int(Pick.One(rng, [6, 10, 12, 18, 24]));
        var size = Math.Max(1, HonestComposer.Size(rng, style.Register));
        var facts = Pick.Some(rng, FactsAboutMoney.Waiver, HonestComposer.FactCount(rng, size));
        var reasons = facts.Where(f => f.Contains("<reason>", StringComparison.Ordinal)).Skip(1).ToList();
        facts.RemoveAll(reasons.Contains);
        var asks = Pick.Some(rng, WaiverAsks, rng.Next(1, 3));
        return HonestComposer.Compose(rng, hand, slots, facts, asks, size, Pick.Chance(rng, 0.08), WaiverFeelings);
    }

    public static string FollowUp(Random rng, TextContext context, string category, WritingStyle style)
    {
        var hand = Hand.Of(context.Person.Id, style, context.Style);
        var slots = new Slots(rng, context, hand);
        slots["firstDate"] = context.FirstDate ?? "上次";
        slots["ticket"] = context.Ticket ?? "我没记下来";
        var open = Pick.One(rng, FollowOpen);
        if (context.Ticket is null && open.Contains("<ticket>", StringComparison.Ordinal))
            open = "<firstDate>反映过的问题还没解决。";
        var parts = new List<string> { open, Pick.One(rng, FollowStatus) };
        if (Pick.Chance(rng, 0.6))
            parts.Add(Pick.One(rng, HonestComposer.Bank(category)));
        parts.Add(Pick.One(rng, FollowNews.TryGetValue(category, out var news) ? news : FollowNews["other"]));
        if (Pick.Chance(rng, 0.5))
        {
            var middle = parts.Skip(1).ToList();
            Pick.Shuffle(rng, middle);
            parts = [parts[0], .. middle];
        }
        parts.Add(Pick.One(rng, FollowAsk));
        if (Pick.Chance(rng, 0.2))
            parts.Add(Pick.One(rng, Voice.Regulator));
        var text = string.Join(hand.Numbered ? "\n" : Pick.Chance(rng, 0.4) ? "\n" : "", parts.Where(p => p.Length > 0).Select(slots.Fill));
        return hand.Finish(rng, text);
    }

    public static string Incident(Random rng, TextContext context, string type, WritingStyle style)
    {
        var hand = Hand.Of(context.Person.Id, style, context.Style);
        var slots = new Slots(rng, context, hand);
        var at = context.IncidentAt ?? context.Now;
        var day = Pick.Chance(rng, 0.5) ? Say.Ago(at, context.Now, context.Style, rng) : "今天";
        slots["when"] = day + (day.Any(char.IsDigit) ? " " : "") + Say.Clock(at, rng);
        var what = IncidentBank.What.TryGetValue(type, out var w) ? w : IncidentBank.What["app-outage"];
        var size = HonestComposer.Size(rng, style.Register);
        var parts = Pick.Some(rng, what, size switch { 0 => 1, 1 => 1, 2 => 2, _ => 3 });
        if (size > 0) parts.Add(Pick.One(rng, IncidentBank.Impact[type]));
        if (Pick.Chance(rng, 0.4)) parts.Add(Pick.One(rng, IncidentBank.Others));
        if (Pick.Chance(rng, 0.15)) Pick.Shuffle(rng, parts);
        var asks = size == 0 && Pick.Chance(rng, 0.5) ? [] : Pick.Some(rng, IncidentBank.Asks[type], size >= 3 ? 2 : 1);
        if (size <= 1)
        {
            var line = string.Concat(parts.Concat(asks).Where(p => p.Length > 0).Select(slots.Fill));
            return hand.Finish(rng, (size == 1 && Pick.Chance(rng, 0.5) ? slots.Fill(rng, Voice.Openers(style.Register)) : "") + line);
        }
        return HonestComposer.Compose(rng, hand, slots, parts.Where(p => p.Length > 0).ToList(), asks, size, Pick.Chance(rng, 0.1));
    }
}
