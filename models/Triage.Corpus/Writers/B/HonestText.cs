using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

// A person writing about their own problem, once or again.
internal static class HonestText
{
    public static string Genuine(Random rng, TextContext context, string category, WritingStyle style)
    {
        var h = Habits.Of(style);
        var topic = OtherTopic.For(category);
        var r = style.Register;
        string S(string line) => Compose.Sentence(rng, line, context, h);
        if (rng.NextDouble() < 0.13)
        {
            var line = S(Draw.One(rng, topic.Short));
            if (rng.NextDouble() < 0.3)
                line += S(Draw.One(rng, Voices.Closers(r)));
            return Surface.Apply(rng, line, h);
        }
        var body = new List<string>();
        if (rng.NextDouble() < 0.6)
            body.Add(S(Draw.One(rng, Voices.Openers(r))));
        var cores = Draw.Some(rng, topic.Core, rng.NextDouble() < 0.3 ? 2 : 1);
        body.AddRange(cores.Select(S));
        var size = rng.Next(5) switch { 0 => 0, 1 or 2 => 1, 3 => 2, _ => rng.Next(3, 5) };
        var story = size >= 3 && rng.NextDouble() < 0.5;
        if (story)
            body.Insert(body.Count - cores.Count, S(Draw.One(rng, StoryBank.Background)));
        var details = Draw.Some(rng, topic.Details, size).Select(S).ToList();
        Draw.Jostle(rng, details, 0.3);
        body.AddRange(details);
        if (story || rng.NextDouble() < 0.12)
            body.AddRange(Draw.Some(rng, StoryBank.Actions, rng.Next(1, 3)).Select(S));
        if (rng.NextDouble() < (r == Register.Angry ? 0.8 : 0.4))
            body.Add(S(Draw.One(rng, Voices.Feelings(r))));
        var tail = new List<string>();
        var asks = rng.NextDouble() < 0.8 ? Draw.Some(rng, topic.Asks, rng.Next(1, 4)).Select(S).ToList() : [];
        if (rng.NextDouble() < 0.15)
            tail.Add(S(Draw.One(rng, Voices.Regulator)));
        if (rng.NextDouble() < 0.5)
            tail.Add(S(Draw.One(rng, Voices.Closers(r))));
        var text = Compose.Blocks(rng, body, story ? rng.Next(2, 5) : rng.Next(1, 4)) + Compose.Demands(rng, asks, h, context) + Compose.Paragraph(tail);
        return Surface.Apply(rng, text.Trim(), h);
    }

    public static string Waiver(Random rng, TextContext context, WritingStyle style)
    {
        var h = Habits.Of(style);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var body = new List<string>();
        if (rng.NextDouble() < 0.5)
            body.Add(S(Draw.One(rng, Voices.Openers(style.Register))));
        body.Add(S(Draw.One(rng, HardshipBank.Situation)));
        body.AddRange(Draw.Some(rng, HardshipBank.Story, rng.Next(1, 4)).Select(S));
        if (rng.NextDouble() < 0.6)
            body.Add(S(Draw.One(rng, HardshipBank.History)));
        var asks = Draw.Some(rng, HardshipBank.Requests, rng.Next(1, 3)).Select(S).ToList();
        var tail = new List<string>();
        if (rng.NextDouble() < 0.7)
            tail.Add(S(Draw.One(rng, HardshipBank.Promise)));
        if (rng.NextDouble() < 0.4)
            tail.Add(S(Draw.One(rng, Voices.Closers(style.Register))));
        Draw.Jostle(rng, body, 0.2);
        var text = Compose.Blocks(rng, body, rng.Next(1, 3)) + Compose.Demands(rng, asks, h, context) + Compose.Paragraph(tail);
        return Surface.Apply(rng, text.Trim(), h);
    }

    public static string FollowUp(Random rng, TextContext context, string category, WritingStyle style)
    {
        var h = Habits.Of(style);
        var topic = OtherTopic.For(category);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var parts = new List<string> { S(Draw.One(rng, context.Ticket is { Length: > 0 } ? FollowUpBank.WithTicket : FollowUpBank.Reference)) };
        parts.Add(S(Draw.One(rng, FollowUpBank.Status)));
        if (rng.NextDouble() < 0.7)
            parts.Add(S(Draw.One(rng, FollowUpBank.Recap)) + S(Draw.One(rng, rng.Next(2) == 0 ? topic.Short : topic.Core)));
        if (rng.NextDouble() < 0.5)
            parts.Add(S(Draw.One(rng, FollowUpBank.Since)));
        if (rng.NextDouble() < 0.6)
            parts.Add(S(Draw.One(rng, style.Register == Register.Angry ? FollowUpBank.Sharp : FollowUpBank.Patient)));
        parts.Add(S(Draw.One(rng, rng.Next(3) == 0 ? topic.Asks : FollowUpBank.Asks)));
        if (rng.NextDouble() < 0.2)
            parts.Add(S(Draw.One(rng, Voices.Regulator)));
        Draw.Jostle(rng, parts, 0.15);
        return Surface.Apply(rng, Compose.Blocks(rng, parts, rng.Next(1, 3)), h);
    }
}
