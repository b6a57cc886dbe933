using Triage.Classifier;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Scoring;

// Signals in, decision out: the same for the online consumer, the nightly rescoring and `triage score`. The reasons
// are the evidence groups that carried the score, largest share first.
public static class ComplaintScorer
{
    public static TriageResult Decide(SuspectModel model, ComplaintFacts complaint, SignalVector signals, SignalMode mode, double? threshold, DateTimeOffset now) =>
        Result(model, model.Assess(ClassifierInput.From(complaint.Text, signals)), signals, mode, threshold, now);

    // Many complaints at once through one Transform: the nightly rescoring and `triage score`.
    public static IReadOnlyList<TriageResult> DecideBatch(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints,
        SignalMode mode, double? threshold, DateTimeOffset now)
    {
        var assessments = model.AssessBatch(complaints.Select(c => ClassifierInput.From(c.Complaint.Text, c.Signals)).ToList());
        return complaints.Select((c, i) => Result(model, assessments[i], c.Signals, mode, threshold, now)).ToList();
    }

    private static TriageResult Result(SuspectModel model, Assessment assessment, SignalVector signals, SignalMode mode, double? threshold, DateTimeOffset now)
    {
        var suspect = assessment.Score >= (threshold ?? model.Metadata.Threshold);
        var reasons = ReasonWriter.Write(signals, mode, assessment.Contributions.Select(c => (c.Group, c.Logit)).ToList(), suspect, assessment.Score);
        return new TriageResult(assessment.Score, suspect, reasons, model.Metadata.Version, now);
    }
}
