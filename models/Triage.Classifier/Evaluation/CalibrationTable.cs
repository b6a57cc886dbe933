namespace Triage.Classifier.Evaluation;

// Reliability table: complaints binned by calibrated score, the mean score against the observed suspect share.
public sealed record CalibrationTable(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError)
{
    public static readonly double[] Edges = [0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0];

    public static CalibrationTable Build(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var bins = new List<CalibrationBin>();
        double error = 0;
        for (var b = 0; b + 1 < Edges.Length; b++)
        {
            var (lower, upper, last) = (Edges[b], Edges[b + 1], b + 2 == Edges.Length);
            var members = Enumerable.Range(0, scores.Count).Where(i => scores[i] >= lower && (scores[i] < upper || last && scores[i] <= upper)).ToList();
            if (members.Count == 0)
            {
                bins.Add(new CalibrationBin(lower, upper, 0, double.NaN, double.NaN));
                continue;
            }
            var mean = members.Average(i => (double)scores[i]);
            var rate = members.Count(i => labels[i]) / (double)members.Count;
            error += members.Count * Math.Abs(mean - rate);
            bins.Add(new CalibrationBin(lower, upper, members.Count, mean, rate));
        }
        return new CalibrationTable(bins, scores.Count == 0 ? 0 : error / scores.Count);
    }
}
