using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

internal static class RepeatText
{
    public static IReadOnlyList<string> Stock(Random rng) =>
        Draw.Some(rng, RepeatBank.Stock, rng.Next(2, 5)).Select(s => Fill.Choose(rng, s)).ToList();

    public static string Prefix(Random rng) => Fill.Choose(rng, Draw.One(rng, RepeatBank.Relative));

    public static string Write(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? prefix)
    {
        var h = Habits.Of(style);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var stage = planned <= 1 ? 0 : (double)filing / (planned - 1);
        var parts = new List<string>();
        if (prefix is not null)
            parts.Add(S(prefix));
        parts.Add(S(Draw.One(rng, filing == 0 ? RepeatBank.Openers[..2] : RepeatBank.Openers[2..])));
        parts.Add(S(Draw.One(rng, ["[这次|今天]要说的是：", "[新的问题|又一个问题]：", "", "", "[还有|另外]，"]) + Draw.One(rng, RepeatBank.Fresh)));
        var old = Draw.Some(rng, stock, rng.Next(1, Math.Min(3, stock.Count) + 1));
        var lead = Draw.One(rng, ["[之前|以前][反映的|说过的]", "[还有|以及]", "[再加上|包括]", "[我一直说的|老问题：]"]);
        parts.Add(S(lead + string.Join("、", old)));
        if (filing > 0 && rng.NextDouble() < 0.5)
            parts.Add(S("[上次|前几次]{first}[的投诉|投诉的][到现在|至今][没有结果|还是没解决]"));
        var said = stage < 0.3 ? [] : stage < 0.7 ? RepeatBank.Said1 : RepeatBank.Said2;
        if (said.Length > 0)
            parts.AddRange(Draw.Some(rng, said, rng.Next(1, 3)).Select(S));
        var pool = stage < 0.3 ? RepeatBank.Stage0 : stage < 0.7 ? RepeatBank.Stage1 : RepeatBank.Stage2;
        var demands = Draw.Some(rng, pool, rng.Next(1, 4)).Select(S).ToList();
        if (stage >= 0.3 && rng.NextDouble() < 0.5)
            demands.Add(S(Draw.One(rng, RepeatBank.Stage0)));
        Draw.Jostle(rng, parts, 0.15);
        if (rng.NextDouble() < 0.5 && style.Register == Register.Angry)
            parts.Add(S(Draw.One(rng, Voices.Feelings(Register.Angry))));
        var text = Compose.Blocks(rng, parts, rng.Next(1, 3)) + Compose.Demands(rng, demands, h, context);
        return Surface.Apply(rng, text.Trim(), h);
    }
}
