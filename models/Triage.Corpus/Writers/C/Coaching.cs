using System.Text.RegularExpressions;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// A borrower told by an outfit what to send, retyping it on their own phone: markers and letterheads fall away,
// stiff words turn into everyday ones, and their own slips creep in.
internal static partial class Coaching
{
    private static readonly (string, string)[] Plainer =
    [
        ("贵司", "你们"), ("本人", "我"), ("申请人", "我"), ("借款人", "我"), ("恳请", "希望"), ("予以", ""), ("此致\n敬礼！", ""), ("望贵司", "希望你们"),
        ("截至目前", "现在"), ("系贵司", "是贵司"), ("系客观", "是客观"), ("致使", "所以"), ("届时", "到时候"), ("即日起", "从今天起"),
    ];
    private static readonly string[] Openers = ["你好，", "我想说一下我的情况，", "客服你好 ", "", "", "您好，我是<name>，"];

    public static string Retype(Random rng, string text, WritingStyle style)
    {
        var hand = Hand.Of(style.ToString(), style, style.Numbers);
        foreach (var (from, to) in Plainer)
            if (rng.NextDouble() < 0.6)
                text = text.Replace(from, to, StringComparison.Ordinal);
        if (rng.NextDouble() < 0.7)
            text = Marker().Replace(text, "");
        if (rng.NextDouble() < 0.5)
            text = text.Replace("；\n", "，", StringComparison.Ordinal).Replace("：\n", "：", StringComparison.Ordinal);
        var opener = Pick.One(rng, Openers);
        if (opener.Contains("<name>", StringComparison.Ordinal)) opener = "";
        return hand.Finish(rng, opener + text);
    }

    [GeneratedRegex(@"(?m)^\s*(\d+[\.、\)）]|（\d+）|第\d+条：|[◆●\-])\s*")]
    private static partial Regex Marker();
}
