using Triage.Corpus.People;
using Triage.Corpus.Text;

namespace Triage.Corpus.Processes;

public sealed record RingMember(Person Person, bool Coached, CaseDetails Details, string Hardship, string Category, WritingStyle Style)
{
    public DateTimeOffset FirstAt { get; set; }
}
