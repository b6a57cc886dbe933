using System.Text.Json;

namespace Triage.Classifier.Evaluation;

public static class ReportJson
{
    public static string Write(EvaluationReport report) => JsonSerializer.Serialize(new
    {
        report.Title,
        report.Data,
        Model = new { report.Model.Version, report.Model.TrainedAt, report.Model.Threshold, report.Model.TrainingCorpus, report.Model.ModelFileSha256 },
        Goals = report.Goals.Select(g => new { g.Name, g.Value, g.Met }),
        Scorers = report.Scorers.Select(s => new
        {
            s.Name,
            s.Description,
            s.Threshold,
            Metrics = s.Metrics.ToDictionary(m => m.Key, m => Finite(m.Value)),
            s.Confusion,
            Kinds = s.Kinds.Select(k => new { k.Kind, k.Suspect, k.Count, k.Flagged, FlaggedShare = Finite(k.FlaggedShare) }),
            Calibration = new
            {
                s.Calibration.ExpectedCalibrationError,
                Bins = s.Calibration.Bins.Select(b => new { b.Lower, b.Upper, b.Count, MeanScore = Finite(b.MeanScore), SuspectRate = Finite(b.SuspectRate) }),
            },
        }),
        report.TextComparison,
        ValidationCalibration = report.ValidationCalibration.Select(c => new { c.Name, c.Table.ExpectedCalibrationError, Bins = c.Table.Bins.Where(b => b.Count > 0) }),
        report.Model.TopFeatures,
        report.Notes,
    }, ModelFiles.Json) + "\n";

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
