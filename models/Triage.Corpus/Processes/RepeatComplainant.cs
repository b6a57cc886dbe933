using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Writers;

namespace Triage.Corpus.Processes;

public sealed record RepeatComplainant(
    Person Person,
    Person? Relative,
    bool RelativeUsesSameId,
    string RelativeRole,
    CaseDetails Details,
    WritingStyle Style,
    IReadOnlyList<string> Stock,
    string Category,
    int Planned,
    IComplaintWriter Writer);
