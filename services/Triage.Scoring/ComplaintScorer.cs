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
        return Result(model, score, signals, mode, threshold, now);
    }

    // Many complaints at once through one Transform: the nightly rescoring and `triage score`.
    public static IReadOnlyList<TriageResult> DecideBatch(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints,
        SignalMode mode, double? threshold, DateTimeOffset now)
    {
        var scores = model.ScoreBatch(complaints.Select(c => ClassifierInput.From(c.Complaint.Text, c.Signals)).ToList());
        return complaints.Select((c, i) => Result(model, scores[i], c.Signals, mode, threshold, now)).ToList();
    }

    private static TriageResult Result(SuspectModel model, double score, SignalVector signals, SignalMode mode, double? threshold, DateTimeOffset now) =>
        new(score, score >= (threshold ?? model.Metadata.Threshold), ReasonWriter.Write(signals, mode), model.Metadata.Version, now);
}
