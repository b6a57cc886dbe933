using Triage.Corpus.Text;

namespace Triage.Corpus.Writers;

// One hand that writes complaint texts: every kind the generator produces, in that hand's own words. The
// processes (who files, when, through which channel, with which identifiers) are shared; the words are not.
public interface IComplaintWriter
{
    string Name { get; }

    string Genuine(Random rng, TextContext context, string category, WritingStyle style);

    string Waiver(Random rng, TextContext context, WritingStyle style);

    string FollowUp(Random rng, TextContext context, string category, WritingStyle style);

    string Incident(Random rng, TextContext context, string incidentType, WritingStyle style);

    string Copy(Random rng, TextContext context, string original);

    string ForChannel(Random rng, string text, string channel, TextContext context);

    string Lawyer(Random rng, TextContext context, string category);

    string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun);

    IReadOnlyList<string> RingHardships { get; }

    IRingTemplate RingTemplate(Random rng, bool entrustInText, bool contactInText, double spin);

    string Coach(Random rng, string text, WritingStyle style);

    IReadOnlyList<string> RepeatStock(Random rng);

    string RelativePrefix(Random rng);

    string Repeat(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix);
}
