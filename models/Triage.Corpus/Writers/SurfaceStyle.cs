using System.Text;
using Triage.Corpus.Processes;

namespace Triage.Corpus.Writers;

// Keyboard habits laid over any writer's text, so that a model trained on one writer cannot learn that writer's
// surface: each person, ring or incident keeps its own habits (punctuation width, punctuation dropped, line breaks,
// sentence order, common homophone slips), drawn from a stream of its own so the texts' stream is untouched.
public static class SurfaceStyle
{
    private static readonly (char Full, char Half)[] Punctuation = [('，', ','), ('。', '.'), ('！', '!'), ('？', '?'), ('：', ':'), ('；', ';'), ('（', '('), ('）', ')')];
    private static readonly (string Right, string Slip)[] Slips =
    [
        ("的", "得"), ("得", "的"), ("在", "再"), ("再", "在"), ("已经", "以经"), ("账", "帐"), ("做", "作"), ("哪", "那"), ("吗", "嘛"), ("帮", "邦"),
        ("工作", "工做"), ("一直", "一只"), ("反映", "反应"), ("交流", "交留"), ("根本", "跟本"),
    ];

    public static string Apply(string text, int seed, string group, long item)
    {
        var habits = Seeds.Random(seed, "surface-habits:" + group);
        var width = habits.Next(3);
        var dropPunctuation = habits.NextDouble() < 0.1;
        var lineBreaks = habits.Next(3);
        var slipRate = habits.NextDouble() < 0.4 ? habits.NextDouble() * 0.3 : 0;
        var reorder = habits.NextDouble() < 0.3;
        var rng = Seeds.Random(seed, "surface:" + group, item);

        var sentences = Split(text);
        if (reorder && sentences.Count > 3)
        {
            var i = 1 + rng.Next(sentences.Count - 2);
            (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
        }
        var result = new StringBuilder(text.Length + 8);
        foreach (var sentence in sentences)
        {
            result.Append(sentence.TrimEnd('\n', '\r'));
            if (lineBreaks == 1 && result.Length > 0 && result[^1] is '。' or '.' or '！' or '!' or '？' or '?')
                result.Append('\n');
        }
        var surface = result.ToString();
        if (lineBreaks == 2)
            surface = surface.Replace("\n", "");
        foreach (var (full, half) in Punctuation)
            surface = width switch
            {
                1 => surface.Replace(full, half),
                2 => surface.Replace(half, full),
                _ => surface,
            };
        if (dropPunctuation)
            surface = surface.Replace('，', ' ').Replace(',', ' ');
        foreach (var (right, slip) in Slips)
            if (slipRate > 0 && surface.Contains(right, StringComparison.Ordinal) && rng.NextDouble() < slipRate)
            {
                var at = surface.IndexOf(right, StringComparison.Ordinal);
                surface = string.Concat(surface.AsSpan(0, at), slip, surface.AsSpan(at + right.Length));
            }
        return surface.Trim();
    }

    private static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '。' or '！' or '？' or '\n')
            {
                sentences.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length)
            sentences.Add(text[start..]);
        return sentences;
    }
}
