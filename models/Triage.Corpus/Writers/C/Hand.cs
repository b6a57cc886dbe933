using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// One writer's keyboard habits, derived from a stable key (a person, a firm) so every text by that writer
// carries the same punctuation, line breaks, list markers, slips and sign-off.
internal sealed class Hand
{
    private static readonly string[][] SlipSets =
    [
        ["逾期", "预期"], ["还款", "换款"], ["已经", "以经"], ["账", "帐"], ["再", "在"], ["反映", "反应"], ["投诉", "投述"],
        ["莫名其妙", "莫名奇妙"], ["申请", "申情"], ["必须", "必需"], ["哪", "那"], ["的时候", "得时候"], ["工作", "工做"],
        ["记录", "纪录"], ["一直", "一只"], ["利息", "利益"], ["联系", "连系"], ["怎么", "怎摸"], ["凭什么", "凭啥"], ["账户", "帐号"],
    ];

    private static readonly string[] Markers = ["{0}.", "{0}、", "（{0}）", "{0})", "第{1}，", "{1}、", "【{0}】", "circled"];
    private static readonly string Circled = "①②③④⑤⑥⑦⑧⑨⑩";
    private static readonly string Hanzi = "一二三四五六七八九十";

    public required Register Register { get; init; }
    public int Punct { get; init; }
    public int Breaks { get; init; }
    public string Marker { get; init; } = "{0}.";
    public bool Numbered { get; init; }
    public bool RunOn { get; init; }
    public bool Quotes { get; init; }
    public string Me { get; init; } = "我";
    public IReadOnlyList<string[]> Slips { get; init; } = [];
    public double SlipRate { get; init; }
    public int SignOff { get; init; }
    public int Numbers { get; init; }
    public bool Mixes { get; init; }
    public int Tic { get; init; }

    public static Hand Of(string key, WritingStyle style, int numbers)
    {
        var state = Pick.Stable(key);
        var register = style.Register;
        var slips = new List<string[]>();
        for (var i = Pick.Bits(ref state, 3) + 1; i > 0; i--)
            slips.Add(SlipSets[Pick.Bits(ref state, SlipSets.Length)]);
        var numbered = register == Register.Formal ? Pick.Bits(ref state, 3) > 0 : Pick.Bits(ref state, 6) == 0;
        return new Hand
        {
            Register = register,
            Punct = style.Punctuation,
            Breaks = register == Register.Confused ? Pick.Bits(ref state, 2) : Pick.Bits(ref state, 3),
            Marker = Markers[Pick.Bits(ref state, Markers.Length)],
            Numbered = numbered,
            RunOn = !numbered && register is Register.Colloquial or Register.Angry && Pick.Bits(ref state, 3) == 0,
            Quotes = Pick.Bits(ref state, 3) == 0,
            Me = register == Register.Formal && Pick.Bits(ref state, 2) == 0 ? "本人" : "我",
            Slips = slips,
            SlipRate = style.TypoRate,
            SignOff = Pick.Bits(ref state, 6),
            Numbers = numbers,
            Mixes = style.Mixes,
            Tic = Pick.Bits(ref state, 8),
        };
    }

    public string Point(int i)
    {
        if (Marker == "circled")
            return Circled[Math.Min(i, 9)].ToString();
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Marker, i + 1, Hanzi[Math.Min(i, 9)]);
    }

    public string Money(decimal amount) => Say.Money(amount, Numbers);

    public string Day(DateTimeOffset d) => Say.Day(d, Numbers);

    public (string Open, string Close) QuoteMarks => (Tic % 3) switch { 0 => ("「", "」"), 1 => ("“", "”"), _ => ("\"", "\"") };

    // Paragraphs are separated by '\n' on the way in; the writer's punctuation and line habits are laid on last.
    public string Finish(Random rng, string text)
    {
        text = text.Trim();
        foreach (var pair in Slips)
            if (SlipRate > 0 && text.Contains(pair[0], StringComparison.Ordinal) && rng.NextDouble() < SlipRate * 1.6)
                text = ReplaceOnce(rng, text, pair[0], pair[1]);
        text = Quirks(rng, text);
        text = Punct switch
        {
            1 => Half(text),
            2 => Spaced(text),
            3 => RunTogether(text),
            4 => Loud(rng, text),
            _ => text,
        };
        text = Breaks switch
        {
            0 when !Numbered => Merge(text),
            1 => Lines(text),
            _ => text,
        };
        return text.Trim().TrimEnd('，', ',');
    }

    // Lines run together; where a line had no end mark of its own, the writer's separator takes its place.
    private string Merge(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') { sb.Append(text[i]); continue; }
            var before = sb.Length > 0 ? sb[^1] : '。';
            if (!"。！？.!?，,：:；; …】」”".Contains(before))
                sb.Append(Punct switch { 1 => ",", 2 => " ", _ => "，" });
            else if (Punct == 1 && before is '.' or ',') sb.Append(' ');
        }
        return sb.ToString();
    }

    // Small habits of one writer that survive across all their texts.
    private string Quirks(Random rng, string text) => Tic switch
    {
        3 => string.Concat(text.Select(c => c == '，' && rng.Next(4) == 0 ? "…" : c.ToString())),
        5 when Register is Register.Confused or Register.Formal => text.Replace("你们", "您们", StringComparison.Ordinal),
        6 => text.Replace("APP", "app", StringComparison.Ordinal),
        7 => text.Replace("APP", "软件", StringComparison.Ordinal).Replace("截图", "截屏", StringComparison.Ordinal),
        _ => text,
    };

    private static string ReplaceOnce(Random rng, string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        var next = text.IndexOf(from, at + from.Length, StringComparison.Ordinal);
        if (next > 0 && rng.Next(2) == 0) at = next;
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static string Half(string text) => new StringBuilder(text)
        .Replace("，", ",").Replace("。", ".").Replace("！", "!").Replace("？", "?").Replace("：", ":").Replace("（", "(").Replace("）", ")").Replace("；", ";")
        .ToString();

    private static string Spaced(string text) => new StringBuilder(text)
        .Replace("，", " ").Replace("。", " ").Replace("；", " ").Replace("  ", " ").ToString();

    private static string RunTogether(string text)
    {
        var s = text.Replace("。\n", "\n", StringComparison.Ordinal).Replace("。", "，", StringComparison.Ordinal);
        return s.EndsWith('，') ? s[..^1] + "。" : s;
    }

    private static string Loud(Random rng, string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '！') sb.Append(rng.Next(2) == 0 ? "！！！" : "!!");
            else if (c == '？') sb.Append(rng.Next(2) == 0 ? "？？？" : "??");
            else if (c == '。' && rng.Next(4) == 0) sb.Append('！');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Lines(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(c);
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            var ends = c is '。' or '！' or '？' or '!' or '?' || (c == '.' && !char.IsDigit(next) && (i == 0 || !char.IsDigit(text[i - 1])));
            if (ends && next is not ('。' or '！' or '？' or '!' or '?' or '.' or '”' or '」' or '\n'))
                sb.Append('\n');
        }
        return string.Join("\n", sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
