using Triage.Signals.Features;

namespace Triage.Classifier.Evaluation;

// The hand-written rules an analyst would script without a model, on the same hindsight signals: an agent phone or
// device shared with other people, four or more filings by one person within 30 days, or a near-identical text
// (estimated Jaccard ≥ 0.5 on skeleton shingles) from another person within 30 days. Flag on any rule; the score is
// the number of rules met, with the counts behind them breaking ties.
public static class RulesBaseline
{
    public const double Threshold = 1;

    public static float Score(float[] signals)
    {
        float Value(string name) => signals[SignalNames.IndexOf(name)];
        var agent = Math.Max(Value(SignalNames.RepresentativePhoneShared30d), Value(SignalNames.DeviceShared30d));
        var filings = Value(SignalNames.Filings30d);
        var template = Value(SignalNames.NearDuplicates30d);
        var rules = (agent >= 1 ? 1 : 0) + (filings >= 3 ? 1 : 0) + (template >= 1 ? 1 : 0);
        return rules + Math.Min(0.9f, (agent + filings + template) / 100f);
    }

    public static string Describe() =>
        "flag when an agent phone or device is shared with another person, the person filed 4 or more times within 30 days, " +
        "or another person's text is a near-duplicate within 30 days (score = rules met)";

    public static ScorerResult Evaluate(IReadOnlyList<LabelledRow> rows) =>
        new("rules baseline", Describe(), rows, rows.Select(r => Score(r.Input.Signals)).ToList(), Threshold);
}
