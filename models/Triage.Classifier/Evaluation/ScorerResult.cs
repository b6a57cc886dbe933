namespace Triage.Classifier.Evaluation;

// One scorer (the model, a baseline) on one labelled data set, at its routing threshold.
public sealed class ScorerResult
{
    public ScorerResult(string name, string description, IReadOnlyList<LabelledRow> rows, IReadOnlyList<float> scores, double threshold)
    {
        Name = name;
        Description = description;
        Threshold = threshold;
        var labels = rows.Select(r => r.Suspect).ToArray();
        Curve = Ranking.Curve(scores, labels);
        var flagged = scores.Select(s => s >= threshold).ToArray();
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] && flagged[i]) tp++;
            else if (labels[i]) fn++;
            else if (flagged[i]) fp++;
            else tn++;
        }
        Confusion = new Confusion(tp, fp, tn, fn);
        Kinds = rows.Select((r, i) => (r, i)).GroupBy(x => x.r.Kind)
            .Select(g => new KindResult(g.Key, g.First().r.Suspect, g.Count(), g.Count(x => flagged[x.i])))
            .OrderByDescending(k => k.Suspect).ThenByDescending(k => k.Count).ToList();
        Metrics = new Dictionary<string, double>
        {
            ["averagePrecision"] = Ranking.AveragePrecision(Curve),
            ["rocAuc"] = Ranking.RocAuc(scores, labels),
            ["recallAt95Precision"] = Ranking.RecallAtPrecision(Curve, 0.95),
            ["recallAt99Precision"] = Ranking.RecallAtPrecision(Curve, 0.99),
            ["threshold"] = threshold,
            ["precisionAtThreshold"] = Confusion.Precision,
            ["recallAtThreshold"] = Confusion.Recall,
            ["falsePositiveRate"] = Confusion.FalsePositiveRate,
            ["rows"] = labels.Length,
            ["suspects"] = tp + fn,
        };
        foreach (var kind in Kinds)
            Metrics[(kind.Suspect ? "recall." : "falsePositiveRate.") + kind.Kind] = kind.FlaggedShare;
        Calibration = CalibrationTable.Build(scores, labels);
    }

    public string Name { get; }
    public string Description { get; }
    public double Threshold { get; }
    public IReadOnlyList<PrPoint> Curve { get; }
    public Confusion Confusion { get; }
    public IReadOnlyList<KindResult> Kinds { get; }
    public Dictionary<string, double> Metrics { get; }
    public CalibrationTable Calibration { get; }
}
