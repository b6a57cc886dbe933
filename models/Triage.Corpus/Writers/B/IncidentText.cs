using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

// Many customers hit by the same fault: the topic is shared, every text is assembled on its own.
internal static class IncidentText
{
    public static string Write(Random rng, TextContext context, string type, WritingStyle style)
    {
        var h = Habits.Of(style);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var events = IncidentBank.Event(type);
        var parts = new List<string>();
        if (rng.NextDouble() < 0.45)
            parts.Add(S(Draw.One(rng, Voices.Openers(style.Register))));
        var happened = S(Draw.One(rng, events));
        parts.Add(happened);
        if (rng.NextDouble() < 0.3)
            parts.Add(S(Draw.One(rng, events)));
        var middle = new List<string>();
        if (rng.NextDouble() < 0.5)
            middle.Add(S(Draw.One(rng, IncidentBank.Many)));
        middle.AddRange(Draw.Some(rng, IncidentBank.Consequence, rng.Next(0, 3)).Select(S));
        if (rng.NextDouble() < 0.4)
            middle.Add(S(Draw.One(rng, Voices.Feelings(style.Register))));
        Draw.Shuffle(rng, middle);
        parts.AddRange(middle);
        var asks = Draw.Some(rng, IncidentBank.Asks, rng.Next(0, 3)).Select(S).ToList();
        if (rng.NextDouble() < 0.1)
            asks.Add(S(Draw.One(rng, Voices.Regulator)));
        if (rng.NextDouble() < 0.3)
            asks.Add(S(Draw.One(rng, Voices.Closers(style.Register))));
        // A few write no more than one line in a hurry.
        if (rng.NextDouble() < 0.15)
            return Surface.Apply(rng, (happened + (asks.Count > 0 ? asks[0] : "")).Trim(), h);
        var text = Compose.Blocks(rng, parts, rng.Next(1, 3)) + Compose.Paragraph(asks);
        return Surface.Apply(rng, text.Trim(), h);
    }
}
