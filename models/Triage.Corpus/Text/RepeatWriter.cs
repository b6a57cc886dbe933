namespace Triage.Corpus.Text;

// A professional repeat complainant: the same stock phrases each time, and demands that harden from a
// request to "全额退还，不接受任何协商" as the filings pile up.
public sealed class RepeatWriter(PhraseBank bank)
{
    public string Write(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix)
    {
        var stage = filing < 2 ? 1 : filing < Math.Max(3, planned * 0.6) ? 2 : 3;
        var parts = new List<string>();
        if (relativePrefix is not null)
            parts.Add(Filler.Fill(relativePrefix, rng, context));
        if (stage > 1 && rng.NextDouble() < 0.5)
            parts.Add(Filler.Fill(bank.Pick(rng, "repeat.stage1"), rng, context));
        parts.AddRange(bank.PickDistinct(rng, $"repeat.stage{stage}", rng.Next(1, 3)).Select(f => Filler.Fill(f, rng, context)));
        parts.AddRange(stock.Where(_ => rng.NextDouble() < 0.6).Select(f => Filler.Fill(f, rng, context)));
        if (stage == 3 && rng.NextDouble() < 0.5)
            parts.Add(Filler.Fill(bank.Pick(rng, "repeat.stage3"), rng, context));
        if (rng.NextDouble() < 0.5)
            parts.Add(Filler.Fill(bank.Pick(rng, "closing.angry"), rng, context));
        return Mutations.Apply(string.Concat(parts.Distinct()), rng, style).Trim();
    }
}
