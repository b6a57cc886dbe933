using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

// Buys one outfit's template: its words for the borrower and the lender, its length, which sections it has,
// in what order, and one fixed phrasing of each sentence drawn from the shared market of parts.
internal static class OutfitFactory
{
    private static readonly string[] AgentTerms = ["委托人", "当事人", "我方当事人", "借款人", "客户", "委托人"];
    private static readonly string[] SelfTerms = ["本人", "本人", "我"];
    private static readonly string[] LenderTerms = ["贵司", "贵公司", "{company}", "{app}平台", "你司", "贵平台", "贵司"];
    private static readonly string[] SmsLeads = ["[现|]申请", "要求", "诉求：", "请求"];

    public static OutfitTemplate Build(Random rng, bool entrust, bool contact, double spin)
    {
        var habits = Habits.Draw(rng, rng.NextDouble() < 0.6);
        var agentVoice = rng.NextDouble() < 0.6;
        var b = Draw.One(rng, agentVoice ? AgentTerms : SelfTerms);
        var l = Draw.One(rng, LenderTerms);
        var tag = Draw.One(rng, RingHardshipBank.Tags);
        var size = rng.NextDouble() switch { < 0.15 => 0, < 0.4 => 1, < 0.75 => 2, _ => 3 };
        if (habits.Breaks == 0 && size >= 2 && rng.Next(2) == 0)
            habits = habits with { Breaks = 1 };
        string Pre(string s)
        {
            s = s.Replace("{tag}", tag, StringComparison.Ordinal);
            if (s.Contains("{law}", StringComparison.Ordinal))
                s = s.Replace("{law}", Fill.Choose(rng, Draw.One(rng, RingLawBank.Citations)), StringComparison.Ordinal);
            return FixNumbers(rng, s, habits);
        }
        Part P(Role role, IReadOnlyList<string> bank) => new(role, new Frame(rng, Pre(Draw.One(rng, bank))));

        var parts = new List<Part>();
        if (size == 3 || (size == 2 && rng.NextDouble() < 0.3))
            parts.Add(P(Role.Head, RingIdentityBank.Heads));
        parts.Add(P(Role.Identity, size == 0 ? RingIdentityBank.Short : RingIdentityBank.Identity));
        if (entrust)
            parts.Add(P(Role.Entrust, agentVoice ? RingMiddleBank.Entrust : [.. RingMiddleBank.Entrust.Where((_, i) => i != 1)]));
        if (size >= 1 || rng.NextDouble() < 0.5)
            parts.Add(P(Role.Hardship, RingMiddleBank.Hardship));
        if (size >= 2 || rng.NextDouble() < 0.25)
            parts.Add(P(Role.Attitude, RingMiddleBank.Attitude));
        var grievances = size switch { 0 => 0, 1 => rng.Next(2), 2 => rng.Next(1, 3), _ => rng.Next(1, 4) };
        parts.AddRange(Draw.Some(rng, RingMiddleBank.Grievance, grievances).Select(g => new Part(Role.Grievance, new Frame(rng, Pre(g)))));
        var laws = size switch { 3 => rng.Next(1, 3), 2 => rng.Next(2), _ => 0 };
        parts.AddRange(Draw.Some(rng, RingLawBank.Frames, laws).Select(f => new Part(Role.Law, new Frame(rng, Pre(f)))));
        parts.Add(new Part(Role.Demands, new Frame(rng, size == 0 ? Draw.One(rng, SmsLeads) : Draw.One(rng, RingDemandBank.Leads))));
        if (contact)
            parts.Add(P(Role.Contact, RingCloseBank.Contact));
        parts.AddRange(Draw.Some(rng, RingCloseBank.Threats, size <= 1 ? 1 : rng.Next(1, 3)).Select(t => new Part(Role.Threat, new Frame(rng, Pre(t)))));
        if (size >= 1 && rng.NextDouble() < 0.7)
            parts.Add(P(Role.Deadline, RingCloseBank.Deadline));
        var pads = Draw.Some(rng, RingCloseBank.Padding, rng.Next(2, 4)).Select(p => new Part(Role.Pad, new Frame(rng, Pre(p)))).ToList();
        if (size == 3)
            parts.Insert(rng.Next(2, parts.Count), pads[0]);
        if (size == 3 || (size == 2 && rng.NextDouble() < 0.4))
            parts.AddRange(Signs(rng, entrust).Select(s => new Part(Role.Sign, new Frame(rng, s))));
        Shape(rng, parts);

        var demands = Draw.Some(rng, Enumerable.Range(0, RingDemandBank.Demands.Length).ToList(), size == 0 ? rng.Next(2, 4) : rng.Next(3, 7))
            .Select(i => new Frame(rng, Pre(Draw.One(rng, RingDemandBank.Demands[i])))).ToList();
        var demandStyle = size == 0 ? rng.Next(2) : rng.Next(4);
        var coachedLines = Draw.Some(rng, RingCloseBank.Coached, 2).Select(c => new Frame(rng, c)).ToList();
        return new OutfitTemplate(spin, habits, b, l, parts, demands, demandStyle, pads,
            new Frame(rng, Pre(Draw.One(rng, RingCloseBank.Refile))), new Frame(rng, Pre(Draw.One(rng, RingCloseBank.Escalate))), coachedLines);
    }

    private static List<string> Signs(Random rng, bool entrust)
    {
        var signs = new List<string> { RingCloseBank.Sign[0] };
        signs.Add(entrust && rng.Next(2) == 0 ? Draw.One(rng, RingCloseBank.Sign[2..4]) : Draw.One(rng, [RingCloseBank.Sign[1], RingCloseBank.Sign[4]]));
        if (rng.Next(3) == 0)
            signs.RemoveAt(0);
        return signs;
    }

    // Outfits do not all put their sections in the textbook order.
    private static void Shape(Random rng, List<Part> parts)
    {
        if (rng.NextDouble() < 0.3)
            MoveBefore(parts, Role.Grievance, Role.Hardship);
        if (rng.NextDouble() < 0.35)
            MoveBefore(parts, Role.Contact, Role.Hardship);
        if (rng.NextDouble() < 0.2)
            MoveBefore(parts, Role.Threat, Role.Demands);
        if (rng.NextDouble() < 0.3)
            MoveBefore(parts, Role.Demands, Role.Law);
        if (rng.NextDouble() < 0.25)
            MoveBefore(parts, Role.Attitude, Role.Hardship);
    }

    private static void MoveBefore(List<Part> parts, Role moved, Role anchor)
    {
        var target = parts.FindIndex(p => p.Role == anchor);
        var from = parts.FindIndex(p => p.Role == moved);
        if (target < 0 || from < 0 || from < target)
            return;
        var part = parts[from];
        parts.RemoveAt(from);
        parts.Insert(target, part);
    }

    private static string FixNumbers(Random rng, string s, Habits habits)
    {
        for (var at = s.IndexOf("{n:", StringComparison.Ordinal); at >= 0; at = s.IndexOf("{n:", StringComparison.Ordinal))
        {
            var end = s.IndexOf('}', at);
            var range = s[(at + 3)..end].Split('-');
            var n = rng.Next(int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture) + 1);
            s = string.Concat(s.AsSpan(0, at), habits.Count(n), s.AsSpan(end + 1));
        }
        return s;
    }
}
