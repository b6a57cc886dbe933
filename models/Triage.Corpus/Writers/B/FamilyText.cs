using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

internal static class FamilyText
{
    public static string Write(Random rng, TextContext context, string category, WritingStyle style)
    {
        var h = Habits.Of(style);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var parts = new List<string> { S(Draw.One(rng, FamilyBank.Intro)) };
        // Only an old borrower is too old for a smartphone.
        var old = context.Person.AgeAt(context.Now) >= 55;
        parts.Add(S(Draw.One(rng, old ? FamilyBank.WhyMe : FamilyBank.WhyMe[1..])));
        var facts = FamilyBank.Facts(category);
        parts.AddRange(Draw.Some(rng, facts, rng.Next(1, facts.Length + 1)).Select(S));
        if (rng.NextDouble() < 0.4)
            parts.Add(S(Draw.One(rng, Voices.Feelings(style.Register))));
        var asks = Draw.Some(rng, FamilyBank.Asks, rng.Next(1, 3)).Select(S).ToList();
        if (rng.NextDouble() < 0.12)
            asks.Add(S(Draw.One(rng, Voices.Regulator)));
        var text = Compose.Blocks(rng, parts, rng.Next(1, 3)) + Compose.Demands(rng, asks, h, context);
        return Surface.Apply(rng, text.Trim(), h);
    }
}
