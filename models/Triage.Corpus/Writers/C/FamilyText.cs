using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// A relative writing for the borrower: the facts retold in the third person, the relative's own worry around them.
internal static class FamilyText
{
    private static readonly string[] Openers =
    [
        "你好，我是<name>的<familyRole>，替<p>来反映一下情况。", "我<familyRole2><name>在你们<app>借了钱，<p>自己说不清楚，我来帮<p>说。",
        "我是借款人<name>的家属（<familyRole>）。", "您好，我代我<familyRole2>投诉。", "<name>是我<familyRole2>，这件事我们全家都很着急。",
    ];
    private static readonly string[] WhyMe =
    [
        "<p>不会用智能手机，", "<p>这几天情绪很差，不愿意说话，", "<p>眼睛不好看不清字，", "<p>在外地工地上没信号，", "<p>耳朵背，电话里说不清，", "<p>一提这事就哭，", "",
    ];
    private static readonly string[] Worries =
    [
        "我们做家属的看着真的很心疼。", "我不明白为什么要这样对一个普通人。", "家里现在气氛很紧张。", "我们不是不讲理的人，该还的会还。", "希望你们能换位思考一下。",
    ];
    private static readonly string[] Offers =
    [
        "需要<p>本人授权的话我们可以补，<p>的身份证我这里有。", "你们可以直接打<p>的电话核实，我会在旁边。", "有什么材料需要我们提供请告诉我。", "",
    ];

    public static string Write(Random rng, TextContext context, string category, WritingStyle style, string pronoun)
    {
        var hand = Hand.Of(context.Person.Id + "/family", style, context.Style);
        var slots = new Slots(rng, context, hand);
        slots["p"] = pronoun;
        if (slots["familyRole"].Length == 0) slots["familyRole"] = "家人";
        if (slots["familyRole2"].Length == 0) slots["familyRole2"] = "家人";
        var facts = Pick.Some(rng, HonestComposer.Bank(category), rng.Next(1, 4)).Select(f => Retell(f, pronoun)).ToList();
        var sb = new StringBuilder();
        sb.Append(Pick.One(rng, Openers));
        var why = Pick.One(rng, WhyMe);
        if (why.Length > 0) sb.Append(why).Append("所以我来写。");
        sb.Append('\n');
        foreach (var f in facts)
            sb.Append(f).Append(Pick.Chance(rng, 0.3) ? "\n" : "");
        if (Pick.Chance(rng, 0.6)) sb.Append(Pick.One(rng, Worries));
        sb.Append('\n').Append(Retell(Pick.One(rng, HonestComposer.Asks(category)), pronoun));
        if (Pick.Chance(rng, 0.5)) sb.Append(Pick.One(rng, Offers));
        if (Pick.Chance(rng, 0.4)) sb.Append('\n').Append(Pick.One(rng, ["谢谢。", "麻烦了。", "<name>家属", "盼回复。"]));
        return hand.Finish(rng, slots.Fill(sb.ToString()));
    }

    // First-person facts turned round to the borrower; the relative's slot is kept as the borrower's relative.
    private static string Retell(string text, string p)
    {
        foreach (var (from, to) in new[] { ("<rel>", p + "家人"), ("<rel2>", p + "的朋友"), ("我", p), ("<me>", p) })
            text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }
}
