using Triage.Classifier;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Scoring;

// Signals in, decision out: the same for the online consumer, the nightly rescoring and `triage score`.
public static class ComplaintScorer
{
    public static TriageResult Decide(SuspectModel model, ComplaintFacts complaint, SignalVector signals, SignalMode mode, double? threshold, DateTimeOffset now)
    {
        var score = model.Score(ClassifierInput.From(complaint.Text, signals));
        return new TriageResult(score, score >= (threshold ?? model.Metadata.Threshold), ReasonWriter.Write(signals, mode), model.Metadata.Version, now);
    }
}
