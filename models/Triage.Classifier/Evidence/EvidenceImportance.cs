namespace Triage.Classifier.Evidence;

// What the evidence model leans on: each group's mean absolute share of the logit over the training rows, as a share
// of the whole (the text sub-score included).
public static class EvidenceImportance
{
    public static IReadOnlyList<FeatureImportance> Top(EvidenceModel model, IReadOnlyList<ClassifierInput> rows, IReadOnlyList<float> textProbabilities)
    {
        var totals = new Dictionary<string, double>();
        for (var i = 0; i < rows.Count; i++)
            foreach (var contribution in model.Contributions(rows[i].Signals, textProbabilities[i]))
                totals[contribution.Group] = totals.GetValueOrDefault(contribution.Group) + Math.Abs(contribution.Logit);
        var sum = totals.Values.Sum();
        return sum <= 0
            ? []
            : totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new FeatureImportance(t.Key, Math.Round(t.Value / sum, 6))).ToList();
    }
}
