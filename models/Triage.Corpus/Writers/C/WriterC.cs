using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// Family C: written apart from families A and B, from the domain notes alone; kept for evaluation.
public sealed class WriterC : IComplaintWriter
{
    public string Name => "c";

    public IReadOnlyList<string> RingHardships => throw new NotImplementedException();

    public string Genuine(Random rng, TextContext context, string category, WritingStyle style) => throw new NotImplementedException();

    public string Waiver(Random rng, TextContext context, WritingStyle style) => throw new NotImplementedException();

    public string FollowUp(Random rng, TextContext context, string category, WritingStyle style) => throw new NotImplementedException();

    public string Incident(Random rng, TextContext context, string incidentType, WritingStyle style) => throw new NotImplementedException();

    public string Copy(Random rng, TextContext context, string original) => throw new NotImplementedException();

    public string ForChannel(Random rng, string text, string channel, TextContext context) => throw new NotImplementedException();

    public string Lawyer(Random rng, TextContext context, string category) => throw new NotImplementedException();

    public string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun) => throw new NotImplementedException();

    public IRingTemplate RingTemplate(Random rng, bool entrustInText, bool contactInText, double spin) => throw new NotImplementedException();

    public string Coach(Random rng, string text, WritingStyle style) => throw new NotImplementedException();

    public IReadOnlyList<string> RepeatStock(Random rng) => throw new NotImplementedException();

    public string RelativePrefix(Random rng) => throw new NotImplementedException();

    public string Repeat(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix) =>
        throw new NotImplementedException();
}
