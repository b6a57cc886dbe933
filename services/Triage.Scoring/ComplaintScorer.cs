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
        Result(model, model.Assess(ClassifierInput.From(complaint.Text, signals)), signals, mode, model.ThresholdFor(threshold), now);

    // Many complaints at once through one Transform, each decided alone (the bulk load's online decisions).
    public static IReadOnlyList<TriageResult> DecideBatch(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints,
        SignalMode mode, double? threshold, DateTimeOffset now)
    {
        var (assessments, cut) = (Assess(model, complaints), model.ThresholdFor(threshold));
        return complaints.Select((c, i) => Result(model, assessments[i], c.Signals, mode, cut, now)).ToList();
    }

    // Many complaints at once, in hindsight (the nightly rescoring and `triage score`): through one Transform a batch,
    // then the person step (PersonStep), which raises a filing to the threshold when its person's filing within the
    // window is suspect with a score of at least the bar, with a first reason naming that filing, or when the person's
    // filings refuse every offer (its refusing way), with a first reason saying so, or when it keeps the rare sentences of
    // an outfit's filings (its outfit way), with a first reason saying how many people's. A filing's person is
    // found among these complaints only: a caller that decides some of them (a chunk of the nightly run) passes its
    // persons' other filings too.
    // A reason names the person's filing by its external id, else by what `reference` gives (default: its id).
    public static IReadOnlyList<TriageResult> DecideInHindsight(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints,
        double? threshold, DateTimeOffset now, PersonStep step, Func<ComplaintFacts, string>? reference = null) =>
        DecideInHindsight(model, complaints, Assess(model, complaints), threshold, now, step, reference);

    // The same with the assessments already made (the nightly chunk assesses its members first, to find those the step
    // can raise), one for each complaint. A filing an analyst judged honest (cleared) makes no other filing suspect.
    public static IReadOnlyList<TriageResult> DecideInHindsight(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints,
        IReadOnlyList<Assessment> assessments, double? threshold, DateTimeOffset now, PersonStep step, Func<ComplaintFacts, string>? reference = null,
        IReadOnlySet<Guid>? cleared = null)
    {
        reference ??= c => c.Id.ToString();
        var cut = model.ThresholdFor(threshold);
        var persons = Persons(complaints, step, cleared);
        var evidence = complaints.Select(c => PersonEvidence.Of(c.Signals.ToArray())).ToList();
        var sources = step.Sources(assessments.Select(a => a.Score).ToList(), cut, persons, evidence);
        return complaints.Select((c, i) => sources[i] is { } j
                ? Raised(model, cut, now, ReasonWriter.WithPerson(complaints[j].Complaint.ExternalId ?? reference(complaints[j].Complaint), assessments[j].Score,
                    step.Window, c.Signals, Shares(assessments[i]), pooled: assessments[j].Score >= Math.Max(step.Bar, cut)
                        ? null
                        : (evidence[i].Filings, PersonStep.PooledTermsOf(i, persons, evidence))))
                : step.Alone(i, assessments[i].Score, cut, persons, evidence) switch
                {
                    PersonStep.Way.Refusals => Raised(model, cut, now, ReasonWriter.WithRefusals(evidence[i].Filings, PersonStep.RefusingOf(i, persons, evidence),
                        step.Window, c.Signals, Shares(assessments[i]))),
                    PersonStep.Way.Outfit => Raised(model, cut, now, ReasonWriter.WithOutfit(evidence[i].OutfitSharers, step.OutfitSharers, c.Signals,
                        Shares(assessments[i]))),
                    _ => Result(model, assessments[i], c.Signals, SignalMode.Hindsight, cut, now),
                })
            .ToList();
    }

    // Through one Transform a batch of at most 10,000, the inputs (each text's skeleton) made on every core.
    public static IReadOnlyList<Assessment> Assess(SuspectModel model, IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints) =>
        complaints.Chunk(10_000)
            .SelectMany(chunk => model.AssessBatch(chunk.AsParallel().AsOrdered().Select(c => ClassifierInput.From(c.Complaint.Text, c.Signals)).ToList()))
            .ToList();

    // The positions of each complaint's person's other filings within the step's window, among these complaints, but
    // for those cleared.
    public static IReadOnlyList<IReadOnlyList<int>> Persons(IReadOnlyList<(ComplaintFacts Complaint, SignalVector Signals)> complaints, PersonStep step,
        IReadOnlySet<Guid>? cleared = null)
    {
        var position = new Dictionary<Guid, int>(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
            position.TryAdd(complaints[i].Complaint.Id, i);
        return complaints.Select(c => (IReadOnlyList<int>)c.Signals.Person
                .Where(f => step.Within(f.At, c.Complaint.ReceivedAt) && position.ContainsKey(f.ComplaintId) && cleared?.Contains(f.ComplaintId) != true)
                .Select(f => position[f.ComplaintId]).ToArray())
            .ToList();
    }

    // A filing the person step raised (PersonStep): the least suspect score, with the step's reasons.
    private static TriageResult Raised(SuspectModel model, double threshold, DateTimeOffset now, IReadOnlyList<string> reasons) =>
        new(PersonStep.Raised(threshold), true, reasons, model.Metadata.Version, now);

    private static List<(string Group, double Logit)> Shares(Assessment assessment) => assessment.Contributions.Select(c => (c.Group, c.Logit)).ToList();

    private static TriageResult Result(SuspectModel model, Assessment assessment, SignalVector signals, SignalMode mode, double threshold, DateTimeOffset now)
    {
        var suspect = assessment.Score >= threshold;
        var reasons = ReasonWriter.Write(signals, mode, Shares(assessment), suspect, assessment.Score);
        return new TriageResult(assessment.Score, suspect, reasons, model.Metadata.Version, now);
    }
}
