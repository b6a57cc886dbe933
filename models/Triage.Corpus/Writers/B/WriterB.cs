using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.B;

// Family B: written apart from family A, from the domain notes alone.
public sealed class WriterB : IComplaintWriter
{
    public string Name => "b";

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
