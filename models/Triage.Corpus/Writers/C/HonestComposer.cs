using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// Lays an honest person's facts out the way that person writes: numbered points, one run-on breath,
// short angry lines, or a relative taking down an old person's words.
internal static class HonestComposer
{
    private static readonly string[] Joints = ["，然后", "，而且", "，结果", "，还有就是", "，关键是", "，", "，后来", "，更气人的是"];
    private static readonly string[] Background =
    [
        "说一下背景，当时借这笔钱是给孩子交学费，想着每个月工资够还。", "我借钱是为了店里周转，一直都按时还，没想到会遇到这种事。", "这笔钱当时是给家里老人看病用的。",
        "我平时很少借钱，这是第一次用网贷，就是看你们是正规持牌公司才借的。", "我在<city>打工，每个月工资发了先还款，从来不敢拖。", "我用<app>一年多了，以前一直觉得挺方便。",
    ];

    private static readonly string[] Tried =
    [
        "这件事我已经打过三次客服电话，每次都说会有人联系我。", "我也在APP里提交过反馈，石沉大海。", "我问过做法务的朋友，他说这种情况你们应该给我一个书面答复。",
        "我把聊天记录、通话录音和截图都整理好了，需要的话可以发给你们。", "我不想把事情闹大，只想好好解决。", "我跟家里人商量过了，先找你们，解决不了再说。",
    ];

    // Time words some writers put in front of each step of a long story.
    private static readonly string[][] Steps = [["后来", "然后", "没过几天"], ["再后来", "接着", "过了一阵"], ["到现在", "最近", "今天"], ["还有", "另外", "对了"]];
    private static readonly string[] Dictated = ["我是替我爸打的字，他说的：", "我妈不会打字，她说我写：", "下面是我外婆的原话，我帮她发的。", "老人家口述，我代为打字："];

    public static string[] Bank(string category) => category switch
    {
        "collection" => FactsAboutPeople.Collection,
        "privacy" => FactsAboutPeople.Privacy,
        "service" => FactsAboutPeople.Service,
        "fees" => FactsAboutMoney.Fees,
        "deduction" => FactsAboutMoney.Deduction,
        "credit-report" => FactsAboutMoney.Credit,
        "insurance" => FactsAboutMoney.Insurance,
        _ => FactsAboutMoney.Other,
    };

    // How many of a category's facts can sit in one story before they start contradicting each other.
    public static int Coherent(string category) => category switch
    {
        "collection" => 5,
        "fees" => 4,
        "deduction" => 3,
        "credit-report" or "privacy" or "service" or "insurance" => 2,
        _ => 1,
    };

    public static string[] Asks(string category) => Voice.Asks.TryGetValue(category, out var a) ? a : Voice.Asks["other"];

    // size: 0 one line, 1 short, 2 medium, 3 long.
    public static string Compose(Random rng, Hand hand, Slots slots, IReadOnlyList<string> facts, IReadOnlyList<string> asks, int size, bool regulator, IReadOnlyList<string>? feelings = null)
    {
        var r = hand.Register;
        var opener = size > 0 && Pick.Chance(rng, 0.7) ? slots.Fill(rng, Voice.Openers(r)) : "";
        var self = size >= 2 && Pick.Chance(rng, 0.5) ? slots.Fill(rng, Voice.Selves(r)) : "";
        var feeling = size >= 1 && Pick.Chance(rng, r == Register.Formal ? 0.4 : 0.6) ? slots.Fill(rng, feelings ?? Voice.Feelings(r)) : "";
        var closing = size >= 1 && Pick.Chance(rng, 0.6) ? slots.Fill(rng, Voice.Closings(r)) : "";
        var sign = size >= 2 ? slots.Fill(Voice.SignOff(hand)) : "";
        var lines = facts.Select(slots.Fill).ToList();
        if (r == Register.Confused && size >= 1 && Pick.Chance(rng, 0.6))
            lines.Insert(rng.Next(lines.Count + 1), Pick.One(rng, Voice.ElderAsides));
        else if (!hand.Numbered && size >= 3 && lines.Count >= 3 && Pick.Chance(rng, 0.35))
            for (var i = 1; i < lines.Count; i++)
                lines[i] = Pick.One(rng, Steps[Math.Min(i, Steps.Length) - 1]) + lines[i];
        var wants = asks.Select(slots.Fill).ToList();
        if (regulator)
            wants.Add(slots.Fill(rng, Voice.Regulator));

        var sb = new StringBuilder();
        if (r == Register.Confused && Pick.Chance(rng, 0.35))
            sb.Append(Pick.One(rng, Dictated)).Append('\n');
        if (opener.Length > 0)
            sb.Append(opener).Append(opener.EndsWith('\n') || opener.EndsWith('：') ? "" : r == Register.Formal ? "\n" : "");
        if (self.Length > 0)
            sb.Append(self).Append('\n');

        if (hand.Numbered && lines.Count > 1)
        {
            sb.Append(Pick.One(rng, ["具体情况：", "情况如下：", "事情经过：", "问题如下："])).Append('\n');
            for (var i = 0; i < lines.Count; i++)
                sb.Append(hand.Point(i)).Append(lines[i]).Append('\n');
            if (feeling.Length > 0) sb.Append(feeling).Append('\n');
            if (wants.Count > 1)
            {
                sb.Append(Pick.One(rng, ["我的诉求：", "要求：", "希望：", "诉求如下："])).Append('\n');
                for (var i = 0; i < wants.Count; i++)
                    sb.Append(hand.Point(i)).Append(wants[i]).Append('\n');
            }
            else
                sb.Append(string.Concat(wants)).Append('\n');
        }
        else if (hand.RunOn && lines.Count > 1)
        {
            var breath = new StringBuilder();
            foreach (var line in lines.Concat(feeling.Length > 0 ? [feeling] : []))
            {
                if (breath.Length > 0) breath.Append(Pick.One(rng, Joints));
                breath.Append(line.TrimEnd('。', '！', '？'));
            }
            sb.Append(breath).Append(Pick.One(rng, ["。", "！", "，", "。。。"])).Append(string.Concat(wants)).Append('\n');
        }
        else
        {
            var para = new StringBuilder();
            foreach (var line in lines)
            {
                para.Append(line);
                if (Pick.Chance(rng, 0.35)) { sb.Append(para).Append('\n'); para.Clear(); }
            }
            sb.Append(para);
            if (feeling.Length > 0) sb.Append(feeling);
            sb.Append('\n').Append(string.Concat(wants)).Append('\n');
        }
        if (size >= 3 && Pick.Chance(rng, 0.45))
            sb.Append('\n').Append(slots.Fill(rng, Background)).Append(slots.Fill(rng, Tried)).Append('\n');
        if (closing.Length > 0) sb.Append(closing).Append('\n');
        if (sign.Length > 0) sb.Append(sign);
        return hand.Finish(rng, sb.ToString());
    }

    public static int Size(Random rng, Register r)
    {
        var u = rng.NextDouble();
        if (r == Register.Angry) return u < 0.25 ? 0 : u < 0.65 ? 1 : u < 0.9 ? 2 : 3;
        if (r == Register.Formal) return u < 0.05 ? 0 : u < 0.25 ? 1 : u < 0.65 ? 2 : 3;
        return u < 0.14 ? 0 : u < 0.48 ? 1 : u < 0.84 ? 2 : 3;
    }

    public static int FactCount(Random rng, int size) => size switch
    {
        0 => 1,
        1 => rng.Next(1, 3),
        2 => rng.Next(2, 4),
        _ => rng.Next(3, 6),
    };
}
