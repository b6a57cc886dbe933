using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// One filing by a professional repeat complainant: each time a fresh grievance with new details, the demands a rung higher.
internal static class RepeatText
{
    public static IReadOnlyList<string> Stock(Random rng) => Pick.Some(rng, RepeatBank.Grievances.Keys.ToList(), rng.Next(2, 5));

    public static string Write(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? prefix)
    {
        var hand = Hand.Of(context.Person.Id + "/repeat", style, context.Style);
        var slots = new Slots(rng, context, hand);
        slots["when"] = Pick.One(rng, RepeatBank.Whens);
        slots["damage"] = hand.Money(Pick.One(rng, [5000, 10000, 20000, 30000, 50000]));
        if (slots["count"].Length == 0) slots["count"] = Say.Int(filing + 1);
        var stage = planned <= 1 ? 0 : Math.Min(2, filing * 3 / Math.Max(1, planned));
        if (filing == 0) stage = 0;
        var sb = new StringBuilder();
        if (prefix is not null) sb.Append(prefix).Append('\n');
        if (filing == 0 || rng.NextDouble() < 0.3)
            sb.Append(Pick.One(rng, RepeatBank.Firsts));
        if (filing > 0 && rng.NextDouble() < 0.75)
            sb.Append(Pick.One(rng, RepeatBank.Counts));
        sb.Append('\n');

        var main = stock[(filing + rng.Next(2)) % stock.Count];
        var told = Pick.Some(rng, RepeatBank.Grievances[main], rng.Next(1, 3));
        if (rng.NextDouble() < 0.4)
        {
            var other = stock[rng.Next(stock.Count)];
            if (other != main) told.Add(Pick.One(rng, RepeatBank.Grievances[other]));
        }
        var numbered = told.Count > 1 && (hand.Numbered || style.Register == Register.Formal && rng.NextDouble() < 0.5);
        for (var i = 0; i < told.Count; i++)
            sb.Append(numbered ? hand.Point(i) : "").Append(told[i]).Append(numbered ? "\n" : "");
        if (!numbered) sb.Append('\n');

        if (stage >= 1)
        {
            var reached = Pick.Some(rng, RepeatBank.Elsewhere, Math.Min(4, 1 + filing / 3));
            slots["where"] = string.Join("、", reached);
            sb.Append(Pick.One(rng, RepeatBank.AlreadyLeads));
        }
        var demands = Pick.Some(rng, RepeatBank.Ladder[stage], stage == 0 ? 1 : rng.Next(1, 3));
        if (stage == 2 && rng.NextDouble() < 0.5) demands.Add(Pick.One(rng, RepeatBank.Ladder[1]));
        var refusals = demands.Where(d => d.StartsWith("不接受", StringComparison.Ordinal)).Skip(1).ToList();
        demands.RemoveAll(refusals.Contains);
        sb.Append(string.Concat(demands));
        if (stage == 2 && rng.NextDouble() < 0.5)
            sb.Append(Pick.One(rng, ["我有的是时间跟你们耗。", "你们不解决我就天天投诉。", "别再拿模板话术敷衍我。", "你们处理时限早就超了。"]));
        return hand.Finish(rng, slots.Fill(sb.ToString()));
    }
}
