using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.B;

// One outfit's template, rendered for each member with their facts; a spinning outfit varies each copy.
internal sealed class OutfitTemplate(
    double spin, Habits habits, string borrower, string lender, IReadOnlyList<Part> layout, IReadOnlyList<Frame> demands,
    int demandStyle, IReadOnlyList<Part> pads, Frame refile, Frame escalate, IReadOnlyList<Frame> coachedLines) : IRingTemplate
{
    public double Spin => spin;

    public string Render(Random rng, TextContext context, bool coached, bool refile1)
    {
        var swap = coached ? Math.Max(0.3, spin * 0.45) : spin * 0.45;
        var parts = layout.ToList();
        if (coached)
        {
            parts.RemoveAll(p => p.OfAgent || p.Role == Role.Sign || (p.Role != Role.Identity && p.Role != Role.Demands && rng.NextDouble() < 0.3));
            foreach (var line in coachedLines.Where(_ => rng.NextDouble() < 0.6))
                parts.Insert(rng.Next(1, parts.Count + 1), new Part(Role.Pad, line));
        }
        else if (spin > 0)
        {
            parts.RemoveAll(p => p.Optional && rng.NextDouble() < spin * 0.35);
            Jostle(rng, parts, spin * 0.25);
            if (rng.NextDouble() < spin * 0.8)
                parts.Insert(rng.Next(1, parts.Count), pads[rng.Next(pads.Count)]);
        }
        if (refile1)
        {
            var at = parts.FindIndex(p => p.Role == Role.Identity) + 1;
            parts.Insert(at, new Part(Role.Pad, refile));
            var threat = parts.FindIndex(p => p.Role == Role.Threat);
            parts.Insert(threat < 0 ? parts.Count : threat, new Part(Role.Threat, escalate));
        }
        var h = coached ? habits with { Money = context.Style / 6 % 6, Dates = context.Style % 6, Marks = 0, Breaks = 1 } : habits;
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            var text = part.Role == Role.Demands ? Demands(rng, part.Frame, swap, coached) : part.Frame.Render(rng, swap);
            text = Close(text, part.Role);
            if (sb.Length > 0 && h.Breaks > 0 && (part.Role != Role.Sign || sb[^1] != '\n'))
                sb.Append('\n');
            sb.Append(text);
            if (part.Role == Role.Head && h.Breaks == 0)
                sb.Append(' ');
        }
        var me = borrower == "我" || rng.NextDouble() < 0.7 ? "我" : "本人";
        var self = borrower is "我" or "本人";
        var body = sb.ToString()
            .Replace("我方当事人", coached ? me : "{B}", StringComparison.Ordinal)
            .Replace("我方", coached ? me : self ? borrower : "我方", StringComparison.Ordinal)
            .Replace("{B}", coached ? me : borrower, StringComparison.Ordinal)
            .Replace("{L}", coached && lender is "你司" or "贵平台" ? "你们" : lender, StringComparison.Ordinal);
        body = Fill.Slots(rng, body, context, h);
        return coached ? Retype(rng, body) : Surface.Apply(rng, body, h);
    }

    // A borrower retyping the agent's text drops some of its officialese.
    private static readonly (string Formal, string Plain)[] Plainer =
    [
        ("贵司", "你们"), ("无法", "没法"), ("给予", "给"), ("均", "都"), ("未", "没"), ("本人", "我"), ("目前", "现在"),
        ("恳请", "希望"), ("予以", ""), ("此种情况", "这"), ("因此", "所以"), ("偿还", "还"), ("立即", "马上"),
    ];

    private static string Retype(Random rng, string text)
    {
        foreach (var (formal, plain) in Plainer)
            if (rng.NextDouble() < 0.45)
                text = text.Replace(formal, plain, StringComparison.Ordinal);
        return text;
    }

    private string Demands(Random rng, Frame lead, double swap, bool coached)
    {
        var items = demands.Select(d => d.Render(rng, swap)).ToList();
        if (!coached && spin > 0)
        {
            Draw.Jostle(rng, items, spin * 0.3);
            if (items.Count > 2 && rng.NextDouble() < spin * 0.3)
                items.RemoveAt(rng.Next(items.Count));
        }
        var style = coached ? demandStyle % 2 : demandStyle;
        var head = lead.Render(rng, swap);
        return style switch
        {
            1 => head + string.Join("；", items) + "。",
            2 => head + "\n" + string.Join("\n", items.Select((d, i) => Compose.Marker(Math.Max(1, habits.Lists), i) + d + (i == items.Count - 1 ? "。" : "；"))),
            3 => head + string.Concat(items.Select((d, i) => Numerals.Chinese(i + 1, false) + "是" + d + (i == items.Count - 1 ? "。" : "；"))),
            _ => head + string.Join("，", items) + "。",
        };
    }

    private static string Close(string text, Role role)
    {
        text = text.Trim();
        if (text.Length == 0 || role is Role.Head or Role.Sign || text[^1] is '。' or '！' or '？' or '：' or '）')
            return text;
        return text + "。";
    }

    private static void Jostle(Random rng, List<Part> parts, double p)
    {
        for (var i = 1; i + 1 < parts.Count; i++)
            if (parts[i].Role is not (Role.Sign or Role.Head) && parts[i + 1].Role is not (Role.Sign or Role.Head) && rng.NextDouble() < p)
                (parts[i], parts[i + 1]) = (parts[i + 1], parts[i]);
    }
}
