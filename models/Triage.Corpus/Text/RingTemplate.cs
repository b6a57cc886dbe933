using System.Text;

namespace Triage.Corpus.Text;

// One outfit's template: clauses chosen once, slots refilled for every member. A spinning outfit also
// swaps synonyms, reorders clauses and pads with filler so the copies are less alike, yet still alike.
public sealed class RingTemplate : Writers.IRingTemplate
{
    private static readonly string[][] Synonyms = PhraseBank.Shared["spin.synonyms"].Select(line => line.Split('|')).ToArray();
    private static readonly string[] DemandNumbers = ["一、", "二、", "三、", "四、", "五、", "六、"];

    private readonly List<Clause> clauses;
    private readonly PhraseBank bank;
    private readonly bool newlines;

    private RingTemplate(List<Clause> clauses, PhraseBank bank, bool newlines, double spin)
    {
        this.clauses = clauses;
        this.bank = bank;
        this.newlines = newlines;
        Spin = spin;
    }

    public double Spin { get; }

    public static RingTemplate Create(Random rng, PhraseBank bank, bool entrustInText, bool contactInText, double spin)
    {
        var clauses = new List<Clause>();
        void Add(string section, bool agent = false, bool movable = false, bool optional = false) =>
            clauses.Add(new Clause(bank.Pick(rng, section), agent, movable, optional));

        // Some outfits send one SMS-length line, some a short note (who, why, what they want, or else),
        // others a full legal letter.
        if (rng.NextDouble() < 0.15)
        {
            clauses.Add(new Clause(bank.Pick(rng, "ring.short"), false, false, false));
            if (contactInText) Add("ring.contact", agent: true);
            return new RingTemplate(clauses, bank, false, spin);
        }
        var compact = rng.NextDouble() < 0.35;
        var opening = bank.Pick(rng, "ring.opening");
        if (!compact && !opening.StartsWith("关于", StringComparison.Ordinal) && !opening.StartsWith("致", StringComparison.Ordinal) && rng.NextDouble() < 0.5)
            Add("ring.title");
        clauses.Add(new Clause(opening, false, false, false));
        if (entrustInText) Add("ring.entrust", agent: true);
        if (!compact && rng.NextDouble() < 0.7) Add("ring.situation", optional: true);
        Add("ring.hardship");
        foreach (var accusation in bank.PickDistinct(rng, "ring.accusation", compact ? rng.Next(0, 2) : rng.Next(0, 3)))
            clauses.Add(new Clause(accusation, false, true, true));
        foreach (var legal in bank.PickDistinct(rng, "ring.legal", compact ? 0 : rng.Next(0, 3)))
            clauses.Add(new Clause(legal, false, true, true));
        clauses.Add(new Clause(Demands(rng, bank, compact), false, false, false));
        Add("ring.threat");
        if (entrustInText && rng.NextDouble() < 0.6) Add("ring.refuse", agent: true);
        if (!compact) Add("ring.closing");
        if (!compact && rng.NextDouble() < 0.5) Add("ring.signature");
        if (contactInText) Add("ring.contact", agent: true);
        return new RingTemplate(clauses, bank, !compact && rng.NextDouble() < 0.5, spin);
    }

    public string Render(Random rng, TextContext context, bool coached, bool refile)
    {
        var parts = clauses.Where(c => !(coached && c.Agent)).Select(c => c.Text).ToList();
        // A coached member retypes the template: some keep it nearly whole, some rework it freely.
        var spin = coached ? Math.Max(Spin, rng.NextDouble()) : Spin;
        if (spin > 0)
            Respin(rng, parts, spin);
        if (refile && rng.NextDouble() < 0.7)
            parts.Insert(Math.Min(1, parts.Count), bank.Pick(rng, "ring.refile"));
        if (coached && rng.NextDouble() < 0.5)
            parts.Insert(0, bank.Pick(rng, "ring.coached.personal"));
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(Filler.Fill(part, rng, context));
            if (newlines && !part.EndsWith('，')) text.Append('\n');
        }
        var result = text.ToString().Trim();
        return spin > 0 ? Substitute(rng, result, spin) : result;
    }

    private void Respin(Random rng, List<string> parts, double spin)
    {
        var movable = clauses.Where(c => c.Movable).Select(c => c.Text).ToHashSet();
        for (var i = 0; i + 1 < parts.Count; i++)
            if (movable.Contains(parts[i]) && movable.Contains(parts[i + 1]) && rng.NextDouble() < spin)
                (parts[i], parts[i + 1]) = (parts[i + 1], parts[i]);
        var optional = clauses.Where(c => c.Optional).Select(c => c.Text).ToList();
        if (optional.Count > 0 && rng.NextDouble() < spin * 0.5)
            parts.Remove(optional[rng.Next(optional.Count)]);
        var fillers = rng.NextDouble() < spin ? rng.Next(1, 3) : 0;
        for (var i = 0; i < fillers; i++)
            parts.Insert(rng.Next(1, parts.Count), bank.Pick(rng, "ring.filler"));
    }

    private static string Substitute(Random rng, string text, double spin)
    {
        foreach (var group in Synonyms)
            if (rng.NextDouble() < spin && text.Contains(group[0], StringComparison.Ordinal))
                text = text.Replace(group[0], group[rng.Next(group.Length)], StringComparison.Ordinal);
        return text;
    }

    private static string Demands(Random rng, PhraseBank bank, bool compact)
    {
        var items = bank.PickDistinct(rng, "ring.demand.item", compact ? rng.Next(2, 4) : rng.Next(3, 7)).ToList();
        var lead = bank.Pick(rng, "ring.demand.lead");
        return rng.Next(3) switch
        {
            0 => lead + string.Concat(items.Select((item, i) => $"{DemandNumbers[i]}{item}；")).TrimEnd('；') + "。",
            1 => lead + string.Concat(items.Select((item, i) => $"\n{i + 1}.{item}；")).TrimEnd('；') + "。",
            _ => lead + string.Join("，", items) + "。",
        };
    }

    private sealed record Clause(string Text, bool Agent, bool Movable, bool Optional);
}
