using Triage.Corpus.Text;

namespace Triage.Corpus.Writers;

// Family A: the phrase banks of Phrases/ and the writers of Text/.
public sealed class WriterA : IComplaintWriter
{
    private readonly PhraseBank bank = PhraseBank.Shared;
    private readonly HonestWriter honest = new(PhraseBank.Shared);
    private readonly RepresentedWriter represented = new(PhraseBank.Shared);
    private readonly RepeatWriter repeats = new(PhraseBank.Shared);

    public string Name => "a";

    public IReadOnlyList<string> RingHardships => bank["ring.hardship.reason"];

    public string Genuine(Random rng, TextContext context, string category, WritingStyle style) => honest.Genuine(rng, context, category, style);

    public string Waiver(Random rng, TextContext context, WritingStyle style) => honest.Waiver(rng, context, style);

    public string FollowUp(Random rng, TextContext context, string category, WritingStyle style) => honest.FollowUp(rng, context, category, style);

    public string Incident(Random rng, TextContext context, string incidentType, WritingStyle style) => honest.Incident(rng, context, incidentType, style);

    public string Copy(Random rng, TextContext context, string original) => honest.Copy(rng, context, original);

    public string ForChannel(Random rng, string text, string channel, TextContext context) => honest.ForChannel(rng, text, channel, context);

    public string Lawyer(Random rng, TextContext context, string category) => represented.Lawyer(rng, context, category);

    public string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun) =>
        represented.Family(rng, context, category, style, pronoun);

    public IRingTemplate RingTemplate(Random rng, bool entrustInText, bool contactInText, double spin) =>
        Text.RingTemplate.Create(rng, bank, entrustInText, contactInText, spin);

    public string Coach(Random rng, string text, WritingStyle style) =>
        Mutations.Apply(text, rng, style with { Mixes = false, TypoRate = style.TypoRate / 3 });

    public IReadOnlyList<string> RepeatStock(Random rng) => bank.PickDistinct(rng, "repeat.stock", rng.Next(2, 5)).ToList();

    public string RelativePrefix(Random rng) => bank.Pick(rng, "repeat.relative");

    public string Repeat(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix) =>
        repeats.Write(rng, context, filing, planned, stock, style, relativePrefix);
}
