using System.Text;

namespace Triage.Corpus.Writers.B;

// Puts a writer's habits onto a text composed in plain full-width Chinese: punctuation, line breaks,
// slips of the input method, the odd traditional character.
internal static class Surface
{
    private static readonly (string Right, string Wrong)[] Slips =
    [
        ("的", "得"), ("在", "再"), ("已经", "以经"), ("账", "帐"), ("逾期", "预期"), ("客服", "克服"), ("一直", "一只"),
        ("联系", "连系"), ("骚扰", "搔扰"), ("威胁", "威协"), ("身份证", "身分证"), ("那个", "哪个"), ("再次", "在次"),
        ("怎么", "怎摸"), ("投诉", "头诉"), ("通讯录", "通迅录"), ("按时", "安时"), ("其他", "其它"), ("做", "作"),
        ("根本", "跟本"), ("处理", "处里"), ("以后", "已后"), ("莫名其妙", "莫名奇妙"), ("截图", "截屏图"),
    ];

    private static readonly (string Word, string Short)[] Slang =
    [
        ("征信", "zx"), ("催收", "cs"), ("还款", "hk"), ("什么", "啥"), ("谢谢", "谢啦"), ("平台", "pt"), ("真的", "真滴"),
    ];

    private const string Simplified = "个说还这们钱为时没话对经请联电费贷银问题让给当发无过";
    private const string Traditional = "個說還這們錢為時沒話對經請聯電費貸銀問題讓給當發無過";

    public static string Apply(Random rng, string text, Habits habits)
    {
        text = Breaks(text, habits.Breaks);
        foreach (var (right, wrong) in Slips)
            if (habits.Typos > 0 && text.Contains(right, StringComparison.Ordinal) && rng.NextDouble() < habits.Typos * 0.6)
                text = ReplaceOne(rng, text, right, wrong);
        if (habits.Slang)
            foreach (var (word, shortForm) in Slang)
                if (text.Contains(word, StringComparison.Ordinal) && rng.NextDouble() < 0.35)
                    text = ReplaceOne(rng, text, word, shortForm);
        if (habits.Traditional > 0)
            text = Mix(rng, text, habits.Traditional);
        return Marks(rng, text, habits.Marks);
    }

    private static string Breaks(string text, int breaks) => breaks switch
    {
        0 => text.Replace("\n\n", "\n", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
        2 => text.Replace("。", "。\n", StringComparison.Ordinal).Replace("\n\n", "\n", StringComparison.Ordinal).TrimEnd('\n'),
        _ => text,
    };

    public static string Marks(Random rng, string text, int marks)
    {
        switch (marks)
        {
            case 1:
                return Tidy(text.Replace("，", ", ").Replace("。", ". ").Replace("！", "! ").Replace("？", "? ")
                    .Replace("：", ": ").Replace("（", "(").Replace("）", ")").Replace("、", ",").Replace("；", "; "));
            case 2:
                return Tidy(text.Replace("，", " ").Replace("。", " ").Replace("、", " ").Replace("；", " ").Replace("！", "! "));
            case 3:
                var sb = new StringBuilder(text.Length);
                foreach (var c in text)
                    sb.Append(c == '。' ? (rng.Next(3) == 0 ? "" : "，") : c.ToString());
                return sb.ToString().Replace("，\n", "\n", StringComparison.Ordinal).TrimEnd('，');
            case 4:
                var loud = new StringBuilder(text.Length + 16);
                foreach (var c in text)
                    loud.Append(c switch
                    {
                        '！' => rng.Next(2) == 0 ? "！！！" : "！！",
                        '？' => rng.Next(3) == 0 ? "？？？" : "？",
                        '。' => rng.Next(4) switch { 0 => "。。。", 1 => "！", _ => "。" },
                        _ => c.ToString(),
                    });
                return loud.ToString();
            case 5:
                return Tidy(text.Replace("。", " ").Replace("？", "?").Replace("！", "!"));
            default:
                return text;
        }
    }

    private static string Tidy(string text)
    {
        while (text.Contains("  ", StringComparison.Ordinal))
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        return string.Join('\n', text.Split('\n').Select(l => l.Trim()));
    }

    private static string ReplaceOne(Random rng, string text, string from, string to)
    {
        var hits = new List<int>();
        for (var i = text.IndexOf(from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(from, i + from.Length, StringComparison.Ordinal))
            hits.Add(i);
        var at = hits[rng.Next(hits.Count)];
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private static string Mix(Random rng, string text, double rate)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Simplified.IndexOf(chars[i], StringComparison.Ordinal);
            if (k >= 0 && rng.NextDouble() < rate)
                chars[i] = Traditional[k];
        }
        return new string(chars);
    }
}
