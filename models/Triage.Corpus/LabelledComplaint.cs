using Triage.Corpus.Wire;

namespace Triage.Corpus;

public sealed record LabelledComplaint(Complaint Complaint, ComplaintLabel Label);
