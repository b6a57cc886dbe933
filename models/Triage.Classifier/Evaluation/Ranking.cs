namespace Triage.Classifier.Evaluation;

// Ranking metrics over scores and labels. Tied scores are one cut-off: a threshold cannot split them.
public static class Ranking
{
    public static IReadOnlyList<PrPoint> Curve(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        var points = new List<PrPoint>();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]]) tp++; else fp++;
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
                continue;
            points.Add(new PrPoint(scores[order[k]], (double)tp / (tp + fp), positives == 0 ? 0 : (double)tp / positives));
        }
        return points;
    }

    public static double AveragePrecision(IReadOnlyList<PrPoint> curve)
    {
        double ap = 0, previousRecall = 0;
        foreach (var point in curve)
        {
            ap += (point.Recall - previousRecall) * point.Precision;
            previousRecall = point.Recall;
        }
        return ap;
    }

    public static double RecallAtPrecision(IReadOnlyList<PrPoint> curve, double precision) =>
        curve.Where(p => p.Precision >= precision).Select(p => p.Recall).DefaultIfEmpty(0).Max();

    // The lowest threshold whose flags reach the precision: the most recall that the target allows.
    public static double ThresholdAtPrecision(IReadOnlyList<PrPoint> curve, double precision)
    {
        var best = curve.Where(p => p.Precision >= precision).MaxBy(p => p.Recall);
        return best?.Threshold ?? (curve.Count > 0 ? curve[0].Threshold : 1.0);
    }

    // The lowest threshold at which at most this share of the negatives is flagged (ties are one cut-off).
    public static double ThresholdAtFalsePositiveRate(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, double rate)
    {
        var negatives = Enumerable.Range(0, scores.Count).Where(i => !labels[i]).Select(i => scores[i]).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(rate * negatives.Length);
        if (allowed >= negatives.Length)
            return 0;
        // Flagged at t: the negatives scoring t or more. The lowest t flagging at most `allowed` lies just above the
        // (allowed + 1)-th highest negative score.
        var first = negatives[allowed];
        return Math.BitIncrement((double)first);
    }

    public static double RocAuc(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        var k = 0;
        while (k < order.Length)
        {
            var end = k;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[k]])
                end++;
            var averageRank = (k + end) / 2.0 + 1;
            for (var j = k; j <= end; j++)
                if (labels[order[j]])
                    rankSum += averageRank;
            k = end + 1;
        }
        double positives = labels.Count(l => l), negatives = labels.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
