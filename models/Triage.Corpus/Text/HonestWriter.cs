using System.Text;

namespace Triage.Corpus.Text;

// Honest complaints in people's own words: fragments are drawn fresh for every text, so two honest
// complaints share a topic at most, never a template.
public sealed class HonestWriter(PhraseBank bank)
{
    public string Genuine(Random rng, TextContext context, string category, WritingStyle style)
    {
        var u = rng.NextDouble();
        if (u < 0.012)
            return bank.Pick(rng, "boilerplate");
        if (u < 0.10)
            return Finish(rng, Fill(rng, context, bank.Pick(rng, category + ".oneliner")), style);
        if (u < 0.16)
            return Finish(rng, Fill(rng, context, bank.Pick(rng, category + ".situation")), style);
        var longForm = u > 0.72;
        var veryLong = u > 0.95;
        var parts = new List<string>();
        Maybe(rng, parts, context, 0.5, Key("opener", style));
        Maybe(rng, parts, context, longForm ? 0.8 : 0.25, "story");
        parts.AddRange(bank.PickDistinct(rng, "narrative", veryLong ? 2 : longForm && rng.NextDouble() < 0.7 ? 1 : rng.NextDouble() < 0.08 ? 1 : 0).Select(f => Fill(rng, context, f)));
        parts.AddRange(bank.PickDistinct(rng, category + ".situation", veryLong ? 3 : longForm ? 2 : 1).Select(f => Fill(rng, context, f)));
        parts.AddRange(bank.PickDistinct(rng, category + ".detail", veryLong ? 6 : longForm ? rng.Next(2, 5) : rng.Next(0, 3)).Select(f => Fill(rng, context, f)));
        parts.AddRange(bank.PickDistinct(rng, "prior", veryLong ? 2 : longForm && rng.NextDouble() < 0.6 ? 1 : rng.NextDouble() < 0.3 ? 1 : 0).Select(f => Fill(rng, context, f)));
        Maybe(rng, parts, context, 0.5, Key("feeling", style));
        parts.Add(Fill(rng, context, bank.Pick(rng, category + ".request")));
        Maybe(rng, parts, context, 0.3, "request.common");
        Maybe(rng, parts, context, 0.07, "regulator");
        Maybe(rng, parts, context, 0.5, Key("closing", style));
        return Finish(rng, Join(rng, parts, longForm), style);
    }

    public string Waiver(Random rng, TextContext context, WritingStyle style)
    {
        var parts = new List<string>();
        Maybe(rng, parts, context, 0.4, Key("opener", style));
        Maybe(rng, parts, context, 0.35, "story");
        parts.AddRange(bank.PickDistinct(rng, "waiver.situation", rng.Next(1, 3)).Select(f => Fill(rng, context, f)));
        Maybe(rng, parts, context, 0.25, "collection.situation");
        parts.AddRange(bank.PickDistinct(rng, "waiver.request", rng.Next(1, 3)).Select(f => Fill(rng, context, f)));
        Maybe(rng, parts, context, 0.35, "waiver.relief");
        Maybe(rng, parts, context, 0.2, "regulator");
        Maybe(rng, parts, context, 0.6, "waiver.closing");
        return Finish(rng, Join(rng, parts, rng.NextDouble() < 0.3), style);
    }

    public string FollowUp(Random rng, TextContext context, string category, WritingStyle style)
    {
        var parts = new List<string> { Fill(rng, context, bank.Pick(rng, "followup.intro")) };
        parts.Add(Fill(rng, context, bank.Pick(rng, category + ".situation")));
        parts.AddRange(bank.PickDistinct(rng, category + ".detail", rng.Next(0, 2)).Select(f => Fill(rng, context, f)));
        Maybe(rng, parts, context, 0.35, "prior");
        Maybe(rng, parts, context, 0.6, "followup.pressure");
        Maybe(rng, parts, context, 0.5, category + ".request");
        Maybe(rng, parts, context, 0.4, Key("closing", style));
        return Finish(rng, Join(rng, parts, false), style);
    }

    public string Incident(Random rng, TextContext context, string incidentType, WritingStyle style)
    {
        var prefix = "incident." + incidentType;
        var parts = new List<string>();
        Maybe(rng, parts, context, 0.3, Key("opener", style));
        parts.Add(Fill(rng, context, bank.Pick(rng, prefix + ".situation")));
        parts.AddRange(bank.PickDistinct(rng, prefix + ".detail", rng.Next(0, 3)).Select(f => Fill(rng, context, f)));
        Maybe(rng, parts, context, 0.3, "incident.common");
        Maybe(rng, parts, context, 0.3, Key("feeling", style));
        Maybe(rng, parts, context, 0.4, "request.common");
        Maybe(rng, parts, context, 0.04, "regulator");
        Maybe(rng, parts, context, 0.3, Key("closing", style));
        return Finish(rng, Join(rng, parts, false), style);
    }

    // The same text pasted into a second channel: a short note in front, the rest as it was.
    public string Copy(Random rng, TextContext context, string original)
    {
        var text = rng.NextDouble() < 0.5 ? Fill(rng, context, bank.Pick(rng, "copy.prefix")) + original : original;
        return rng.NextDouble() < 0.3 ? Mutations.Punctuate(text, rng, 2) : text;
    }

    public string ForChannel(Random rng, string text, string channel, TextContext context)
    {
        if (channel == "hotline" && rng.NextDouble() < 0.55)
        {
            if (rng.NextDouble() < 0.08)
                return bank.Pick(rng, "hotline.boilerplate");
            var summary = bank.Pick(rng, "hotline.prefix") + text;
            return rng.NextDouble() < 0.6 ? summary + Fill(rng, context, bank.Pick(rng, "hotline.suffix")) : summary;
        }
        if (channel == "regulator" && rng.NextDouble() < 0.4)
        {
            var referral = bank.Pick(rng, "regulator.prefix") + text;
            return rng.NextDouble() < 0.5 ? referral + bank.Pick(rng, "regulator.suffix") : referral;
        }
        return text;
    }

    private static string Key(string section, WritingStyle style) => $"{section}.{style.Register.ToString().ToLowerInvariant()}";

    private void Maybe(Random rng, List<string> parts, TextContext context, double p, string key)
    {
        if (rng.NextDouble() < p && bank.Has(key))
            parts.Add(Fill(rng, context, bank.Pick(rng, key)));
    }

    private static string Fill(Random rng, TextContext context, string fragment) => Filler.Fill(fragment, rng, context);

    public static string Join(Random rng, List<string> parts, bool paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (paragraphs && i > 0 && i < parts.Count - 1 && rng.NextDouble() < 0.45)
                text.Append(rng.Next(2) == 0 ? "\n" : "\n\n");
            text.Append(parts[i]);
        }
        return text.ToString();
    }

    private static string Finish(Random rng, string text, WritingStyle style) => Mutations.Apply(text, rng, style).Trim();
}
