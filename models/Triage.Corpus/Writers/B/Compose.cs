using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.B;

// Assembles filled sentences into paragraphs and lists, before the writer's habits are put on.
internal static class Compose
{
    private static readonly string[] ListLeads = ["我的诉求：", "我的要求：", "[我|]要求如下：", "希望：", "请求："];

    public static string Sentence(Random rng, string bankLine, TextContext context, Habits habits)
    {
        var s = Fill.Both(rng, bankLine, context, habits).Trim();
        if (s.Length == 0)
            return s;
        var last = s[^1];
        return last is '。' or '！' or '？' or '，' or '：' or '\n' ? s : s + "。";
    }

    public static string Paragraph(IEnumerable<string> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences.Where(s => s.Length > 0))
            sb.Append(s);
        return sb.ToString();
    }

    public static string Blocks(Random rng, IReadOnlyList<string> sentences, int paragraphs)
    {
        var kept = sentences.Where(s => s.Length > 0).ToList();
        if (paragraphs <= 1 || kept.Count < 3)
            return Paragraph(kept);
        var cuts = Enumerable.Range(1, kept.Count - 1).OrderBy(_ => rng.Next()).Take(paragraphs - 1).Order().ToList();
        var sb = new StringBuilder();
        for (var i = 0; i < kept.Count; i++)
        {
            if (cuts.Contains(i) && !kept[i - 1].EndsWith('，'))
                sb.Append('\n');
            sb.Append(kept[i]);
        }
        return sb.ToString();
    }

    public static string Marker(int style, int i) => style switch
    {
        1 => $"{i + 1}.",
        2 => $"{Numerals.Chinese(i + 1, false)}、",
        3 => ((char)('①' + i)).ToString(),
        4 => $"（{i + 1}）",
        _ => "",
    };

    // Demands as a numbered list when the writer likes lists, otherwise run into the text.
    public static string Demands(Random rng, IReadOnlyList<string> asks, Habits habits, TextContext context)
    {
        if (asks.Count == 0)
            return "";
        if (asks.Count == 1 || habits.Lists == 0 || rng.NextDouble() < 0.35)
            return Paragraph(asks);
        var sb = new StringBuilder("\n" + Fill.Both(rng, Draw.One(rng, ListLeads), context, habits) + "\n");
        for (var i = 0; i < asks.Count; i++)
        {
            var ask = asks[i].TrimEnd('。', '；');
            var end = ask.EndsWith('？') || ask.EndsWith('！') ? "\n" : i == asks.Count - 1 ? "。\n" : "；\n";
            sb.Append(Marker(habits.Lists, i)).Append(ask).Append(end);
        }
        return sb.ToString();
    }
}
