using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

// Family B: written apart from family A, from the domain notes alone.
public sealed class WriterB : IComplaintWriter
{
    public string Name => "b";

    public IReadOnlyList<string> RingHardships => RingHardshipBank.All;

    public string Genuine(Random rng, TextContext context, string category, WritingStyle style) =>
        HonestText.Genuine(rng, context, category, style);

    public string Waiver(Random rng, TextContext context, WritingStyle style) => HonestText.Waiver(rng, context, style);

    public string FollowUp(Random rng, TextContext context, string category, WritingStyle style) =>
        HonestText.FollowUp(rng, context, category, style);

    public string Incident(Random rng, TextContext context, string incidentType, WritingStyle style) =>
        IncidentText.Write(rng, context, incidentType, style);

    public string Copy(Random rng, TextContext context, string original) => ChannelFrame.Copy(rng, context, original);

    public string ForChannel(Random rng, string text, string channel, TextContext context) => ChannelFrame.For(rng, text, channel, context);

    public string Lawyer(Random rng, TextContext context, string category) => LawyerText.Write(rng, context, category);

    public string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun) =>
        FamilyText.Write(rng, context, category, style);

    public IRingTemplate RingTemplate(Random rng, bool entrustInText, bool contactInText, double spin) =>
        OutfitFactory.Build(rng, entrustInText, contactInText, spin);

    // The member retypes what the agent sent: their own punctuation, line breaks and slips.
    public string Coach(Random rng, string text, WritingStyle style)
    {
        var h = Habits.Of(style);
        return Surface.Apply(rng, text, h with { Typos = Math.Max(h.Typos, 0.04) });
    }

    public IReadOnlyList<string> RepeatStock(Random rng) => RepeatText.Stock(rng);

    public string RelativePrefix(Random rng) => RepeatText.Prefix(rng);

    public string Repeat(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix) =>
        RepeatText.Write(rng, context, filing, planned, stock, style, relativePrefix);
}
