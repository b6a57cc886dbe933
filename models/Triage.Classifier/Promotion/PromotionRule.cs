using System.Globalization;
using Triage.Classifier.Evaluation;

namespace Triage.Classifier.Promotion;

// A candidate replaces the active model only when it ranks better, flags no more honest complaints and lets no more
// organised ones through: average precision strictly higher, the false-positive rate on honest complaints at its own
// threshold no worse than the active model's plus FalsePositiveTolerance, and the recall at its threshold no lower than
// the active model's minus RecallTolerance. Ties lose (the active model stays); so does a held-out set without both
// suspect and honest complaints, on which no figure means anything.
public static class PromotionRule
{
    // 0.05 percentage points: one honest complaint in 2,000 flagged on top of the active model's.
    public const double FalsePositiveTolerance = 0.0005;

    // Half a point: a candidate that ranks a little better but sets its threshold where it misses more of the
    // organised complaints would send them to the handlers' queues, the flood this system exists to sort.
    public const double RecallTolerance = 0.005;

    public static readonly string Description =
        "the candidate wins when its average precision on the held-out rows is strictly higher than the active model's AND its false-positive " +
        $"rate on honest complaints (each model at its own threshold) is at most the active model's + {F(FalsePositiveTolerance)} AND its recall at its " +
        $"threshold is at least the active model's - {F(RecallTolerance)}; " +
        "ties and held-out sets without both classes keep the active model";

    public static ModelComparison Compare(string candidateVersion, ScorerResult candidate, string activeVersion, ScorerResult active, string heldOut)
    {
        var (c, a) = (Figures(candidateVersion, candidate), Figures(activeVersion, active));
        var suspects = candidate.Confusion.TruePositives + candidate.Confusion.FalseNegatives;
        var rows = (int)candidate.Metrics["rows"];
        string verdict;
        bool wins;
        if (suspects == 0 || suspects == rows)
            (wins, verdict) = (false, $"refused: the held-out rows hold {suspects:N0} suspect complaints of {rows:N0}; both classes are needed");
        else if (!(c.AveragePrecision > a.AveragePrecision))
            (wins, verdict) = (false, $"refused: average precision {F(c.AveragePrecision)} is not higher than the active model's {F(a.AveragePrecision)}");
        else if (!(c.FalsePositiveRate <= a.FalsePositiveRate + FalsePositiveTolerance))
            (wins, verdict) = (false, $"refused: false-positive rate {F(c.FalsePositiveRate)} is worse than the active model's {F(a.FalsePositiveRate)} + {F(FalsePositiveTolerance)}");
        else if (!(c.RecallAtThreshold >= a.RecallAtThreshold - RecallTolerance))
            (wins, verdict) = (false, $"refused: recall at the threshold {F(c.RecallAtThreshold)} is below the active model's {F(a.RecallAtThreshold)} - {F(RecallTolerance)}");
        else
            (wins, verdict) = (true, $"wins: average precision {F(c.AveragePrecision)} > {F(a.AveragePrecision)}, false-positive rate {F(c.FalsePositiveRate)} ≤ " +
                                     $"{F(a.FalsePositiveRate)} + {F(FalsePositiveTolerance)}, recall at the threshold {F(c.RecallAtThreshold)} ≥ {F(a.RecallAtThreshold)} - {F(RecallTolerance)}");
        return new ModelComparison(c, a, heldOut, rows, suspects, wins, Description, verdict);
    }

    private static ComparedModel Figures(string version, ScorerResult result) =>
        new(version, result.Metrics["averagePrecision"], result.Metrics["falsePositiveRate"], result.Metrics["recallAtThreshold"], result.Threshold);

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
