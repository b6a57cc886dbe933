using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

// The channel's own framing around a text, written by whoever takes it in; the person's words stay as they are.
internal static class ChannelFrame
{
    public static string For(Random rng, string text, string channel, TextContext context)
    {
        var h = Habits.Clean with { Dates = rng.Next(2) * 3, Phone = 0 };
        string F(string line) => Fill.Both(rng, Fields(rng, line, text), context, h);
        switch (channel)
        {
            case "hotline" when rng.NextDouble() < 0.8:
                var spoken = rng.NextDouble() < 0.35 ? Gist(text, rng.Next(1, 3)) : text;
                return F(Draw.One(rng, FrameBank.HotlineLead)) + spoken + Tail(F(Draw.One(rng, FrameBank.HotlineTail)));
            case "regulator" when rng.NextDouble() < 0.75:
                return F(Draw.One(rng, FrameBank.RegulatorHead)) + text;
            case "email" when rng.NextDouble() < 0.85:
                var head = "主题：" + F(Draw.One(rng, FrameBank.Subjects)) + "\n\n";
                var hello = F(Draw.One(rng, FrameBank.Salutations));
                return head + (hello.Length > 0 ? hello + "\n" : "") + text + (rng.Next(2) == 0 ? "\n\n" + context.WriterName : "");
            case "letter" when rng.NextDouble() < 0.9:
                return F(Draw.One(rng, FrameBank.Salutations)) + "\n" + text + "\n\n"
                    + F("[投诉人|此致\n敬礼\n\n投诉人|署名]：{writer}\n[联系电话|电话]：{phone}\n") + h.Date(context.Now);
            case "web" when rng.NextDouble() < 0.5:
                return F(Draw.One(rng, FrameBank.WebHead)) + text;
            case "app" when rng.NextDouble() < 0.2:
                return F(Draw.One(rng, FrameBank.WebHead)) + text;
            case "branch" when rng.NextDouble() < 0.7:
                return F(Draw.One(rng, FrameBank.BranchLead)) + text + F("\n[经办|受理][柜员|人员]：{n:1-30}号[窗口|]");
            case "social":
                return Social(rng, text, context, h);
            default:
                return text;
        }
    }

    public static string Copy(Random rng, TextContext context, string original)
    {
        var h = Habits.Clean with { Dates = rng.Next(6) };
        var body = original;
        if (rng.NextDouble() < 0.3)
            body = Gist(body, Math.Max(2, Sentences(body).Count - rng.Next(1, 3)));
        if (rng.NextDouble() < 0.25)
            body = ReplaceFirst(body, "你们", context.Case.App);
        var lead = rng.NextDouble() < 0.75 ? Fill.Both(rng, Draw.One(rng, FrameBank.CopyLead), context, h) : "";
        var tail = rng.NextDouble() < 0.4 ? Fill.Both(rng, Draw.One(rng, FrameBank.CopyTail), context, h) : "";
        var joint = rng.Next(2) == 0 ? "\n" : "";
        return (lead.Length > 0 ? lead + joint : "") + body + (tail.Length > 0 ? "\n" + tail : "");
    }

    private static string Social(Random rng, string text, TextContext context, Habits h)
    {
        var body = text.Length > 140 && rng.NextDouble() < 0.5 ? Gist(text, rng.Next(2, 5)) : text;
        var tags = Draw.Some(rng, FrameBank.SocialTags, rng.Next(0, 3)).Select(t => Fill.Both(rng, t, context, h)).ToList();
        var emoji = rng.NextDouble() < 0.25 ? Draw.One(rng, FrameBank.Emoji) : "";
        return rng.Next(2) == 0 ? string.Join(' ', tags) + " " + body + emoji : body + emoji + " " + string.Join(' ', tags);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private static string Tail(string s) => s.Length == 0 ? "" : "\n" + s;

    // Fields that are not facts of the case: a referral number, a title taken from the text itself.
    private static string Fields(Random rng, string line, string text) => line
        .Replace("{ticketno}", "ZB" + rng.Next(2024, 2027) + rng.Next(10_000_000, 99_999_999), StringComparison.Ordinal)
        .Replace("{topic}", Topic(text), StringComparison.Ordinal)
        .Replace("{kind}", Draw.One(rng, ["催收问题", "费用问题", "还款问题", "征信问题", "其他"]), StringComparison.Ordinal);

    private static string Topic(string text)
    {
        var first = Sentences(text).FirstOrDefault(s => s.Length >= 6) ?? text;
        first = first.Trim().TrimEnd('。', '，', '！', '？', '.', ',', '!', '?');
        return first.Length <= 22 ? first : first[..20] + "…";
    }

    public static List<string> Sentences(string text)
    {
        var list = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '。' or '！' or '？' or '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                if (i + 1 - start > 1)
                    list.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length)
            list.Add(text[start..]);
        return list;
    }

    // The first sentences with substance: a title line or a bare salutation is not what a caller said.
    private static string Gist(string text, int sentences) =>
        string.Concat(Sentences(text).SkipWhile(s => s.Trim().Length < 12 || s.TrimEnd().Length == s.TrimEnd('。', '！', '？', '.', '!', '?').Length).Take(sentences)).Trim() is { Length: > 0 } gist ? gist : text;
}
