using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// One outfit's template, fixed when the ring is formed and rendered for every member with their facts swapped in.
internal sealed class Outfit : IRingTemplate
{
    private static readonly (string, string)[] Synonyms =
    [
        ("贵司", "你公司"), ("申请", "请求"), ("立即", "马上"), ("目前", "现在"), ("导致", "致使"), ("无力", "没有能力"), ("恳请", "请求"), ("严重", "极大"),
        ("相关", "有关"), ("停止", "终止"), ("全部", "所有"), ("处理", "解决"), ("答复", "回复"), ("由于", "因为"), ("并非", "不是"), ("望", "希望"),
    ];

    public required double Spin { get; init; }
    public required IReadOnlyList<OutfitSection> Sections { get; init; }
    public required string SelfRef { get; init; }
    public required string Joiner { get; init; }
    public required int Punct { get; init; }
    public required int Numbers { get; init; }
    public required int Instalments { get; init; }
    public required int Delay { get; init; }
    public required int Days { get; init; }
    public required string Refile { get; init; }
    public required string RefileThreat { get; init; }
    public required bool RefileOnTop { get; init; }
    public required IReadOnlyList<string> Extras { get; init; }

    public string Render(Random rng, TextContext context, bool coached, bool refile)
    {
        var numbers = coached ? context.Style : Numbers;
        var hand = new Hand { Register = Register.Formal, Numbers = numbers };
        var slots = new Slots(rng, context, hand);
        slots["agent"] = context.AgentName ?? "";
        slots["agentPhone"] = context.AgentPhone ?? "";
        slots["org"] = context.Organization ?? "";
        slots["firstDate"] = context.FirstDate ?? "此前";
        slots["n"] = Say.Int(Instalments);
        slots["m"] = Say.Int(Delay);
        slots["d"] = Say.Int(Days);
        slots["x"] = hand.Money(Math.Max(100, Math.Ceiling(context.Case.Amount / Instalments / 10) * 10));
        if (slots["hardship"].Length == 0) slots["hardship"] = context.Case.Reason;

        var parts = new List<string>();
        foreach (var section in Sections)
        {
            if (coached && (section.Agent || (section.Frame && rng.NextDouble() < 0.8) || rng.NextDouble() < 0.2))
                continue;
            if (Spin > 0 && section.Optional && rng.NextDouble() < Spin * 0.35)
                continue;
            var wording = Spin > 0 && section.Wordings.Count > 1 && rng.NextDouble() < Spin * 0.7
                ? section.Wordings[1 + rng.Next(section.Wordings.Count - 1)]
                : section.Wordings[0];
            parts.Add(wording);
        }
        if (Spin > 0)
        {
            for (var i = 1; i + 1 < parts.Count; i++)
                if (rng.NextDouble() < Spin * 0.25)
                    (parts[i], parts[i + 1]) = (parts[i + 1], parts[i]);
            if (Extras.Count > 0 && rng.NextDouble() < Spin * 0.6)
                parts.Insert(parts.Count == 0 ? 0 : 1 + rng.Next(Math.Max(1, parts.Count - 1)), Pick.One(rng, Extras));
        }
        if (refile)
        {
            if (RefileOnTop) parts.Insert(0, Refile);
            else parts.Add(Refile);
            parts.Insert(Math.Max(0, parts.Count - 1), RefileThreat);
        }
        var text = string.Join(Joiner, parts.Where(p => p.Length > 0));
        text = text.Replace("<我>", coached ? "我" : SelfRef, StringComparison.Ordinal);
        text = slots.Fill(text).Replace("本人本人", "本人", StringComparison.Ordinal);
        if (Spin > 0)
            foreach (var (from, to) in Synonyms)
                if (rng.NextDouble() < Spin * 0.5)
                    text = text.Replace(from, to, StringComparison.Ordinal);
        return coached ? text : Punctuate(text);
    }

    private string Punctuate(string text) => Punct switch
    {
        1 => new StringBuilder(text).Replace("，", ",").Replace("。", ".").Replace("：", ":").Replace("（", "(").Replace("）", ")").Replace("；", ";").Replace("！", "!").ToString(),
        2 => new StringBuilder(text).Replace("，", " ").Replace("。", " ").Replace("；", " ").ToString().Trim(),
        _ => text,
    };
}
