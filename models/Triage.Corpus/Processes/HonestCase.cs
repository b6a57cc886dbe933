using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Writers;

namespace Triage.Corpus.Processes;

// An honest person's problem, remembered for a while so they can follow up or copy it to another channel.
public sealed class HonestCase(Person person, CaseDetails details, WritingStyle style, string category, IComplaintWriter writer)
{
    public IComplaintWriter Writer { get; } = writer;
    public Person Person { get; } = person;
    public CaseDetails Details { get; } = details;
    public WritingStyle Style { get; } = style;
    public string Category { get; } = category;
    public DateTimeOffset FirstAt { get; init; }
    public string FirstExternalId { get; init; } = "";
    public string FirstChannel { get; init; } = "";
    public string FirstText { get; init; } = "";
    public string? Product { get; init; }
    public int Filings { get; set; } = 1;
    public bool Copied { get; set; }
}
