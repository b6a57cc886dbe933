using System.Text;

namespace Triage.Corpus.Text;

// The surface of hand-typed text: homophone slips, punctuation habits, a stray English or pinyin word.
public static class Mutations
{
    private static readonly (string Right, string Wrong)[] Typos = PhraseBank.Shared["typos"]
        .Select(line => line.Split('>'))
        .Select(parts => (parts[0], parts[1]))
        .ToArray();

    private static readonly (string From, string[] To)[] Mixins =
    [
        ("APP", ["app", "App", "APP", "软件"]), ("谢谢", ["thx", "3Q", "xiexie", "谢谢"]), ("好的", ["ok", "OK", "好滴"]),
        ("手机", ["phone", "手机"]), ("客服", ["kf", "客服"]), ("截图", ["截图", "jietu"]), ("问题", ["bug", "问题"]),
        ("微信", ["VX", "wx", "V信"]), ("什么", ["啥", "shen me", "什么"]), ("没有", ["木有", "没有", "meiyou"]),
    ];

    public static string Apply(string text, Random rng, WritingStyle style)
    {
        if (style.TypoRate > 0)
            text = Slips(text, rng, style.TypoRate);
        if (style.Mixes)
            text = Mix(text, rng);
        return Punctuate(text, rng, style.Punctuation);
    }

    public static string Slips(string text, Random rng, double rate)
    {
        foreach (var (right, wrong) in Typos)
        {
            var at = text.IndexOf(right, StringComparison.Ordinal);
            if (at >= 0 && rng.NextDouble() < rate)
                text = string.Concat(text.AsSpan(0, at), wrong, text.AsSpan(at + right.Length));
        }
        return text;
    }

    private static string Mix(string text, Random rng)
    {
        foreach (var (from, to) in Mixins)
            if (text.Contains(from, StringComparison.Ordinal) && rng.NextDouble() < 0.4)
                text = text.Replace(from, to[rng.Next(to.Length)], StringComparison.Ordinal);
        return text;
    }

    public static string Punctuate(string text, Random rng, int style)
    {
        if (style == 0)
            return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var half = c switch { '，' => ",", '。' => ".", '！' => "!", '？' => "?", '：' => ":", '；' => ";", '（' => "(", '）' => ")", _ => null };
            switch (style)
            {
                case 1 when half is not null:
                case 2 when half is not null && rng.Next(2) == 0:
                    result.Append(half);
                    break;
                case 3 when c is '，' or '。' or '；':
                    result.Append(rng.Next(4) == 0 ? "。。。" : " ");
                    break;
                case 4 when c is '！' or '？':
                    result.Append(c, rng.Next(1, 4));
                    break;
                case 4 when c == '。' && rng.Next(3) == 0:
                    result.Append('！');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }
}
