using System.Globalization;
using System.Text;

namespace Triage.Classifier.Evaluation;

public static class ReportMarkdown
{
    private static readonly (string Key, string Label, bool Percent)[] Rows =
    [
        ("averagePrecision", "average precision", false),
        ("rocAuc", "ROC AUC", false),
        ("recallAt95Precision", "recall at 95% precision", false),
        ("recallAt99Precision", "recall at 99% precision", false),
        ("threshold", "routing threshold", false),
        ("precisionAtThreshold", "precision at the threshold", false),
        ("recallAtThreshold", "recall at the threshold", false),
        ("falsePositiveRate", "false-positive rate on honest complaints at the threshold", true),
    ];

    public static string Write(EvaluationReport report, string svgFile)
    {
        var md = new StringBuilder();
        var scorers = report.Scorers;
        var model = report.ModelResult;
        md.AppendLine($"# {report.Title}").AppendLine();
        md.AppendLine($"- Data: {report.Data}");
        md.AppendLine($"- Model: `{report.Model.Version}`, trained on {report.Model.TrainingCorpus}, {report.Model.TrainingRows:N0} training rows, seed {report.Model.Seed}");
        md.AppendLine($"- Routing threshold: {report.Model.Threshold:0.0000} on the calibrated score (lowest with ≥ {report.Model.PrecisionTarget:P0} precision{(report.Model.FalsePositiveTarget is { } fpr ? $" and at most {fpr * 100:0.###} % of honest complaints flagged" : "")} on validation); calibration: {report.Model.Calibration}");
        md.AppendLine($"- Rows: {model.Metrics["rows"]:N0}, of which {model.Metrics["suspects"]:N0} suspect");
        foreach (var note in report.Notes)
            md.AppendLine($"- {note}");
        md.AppendLine().AppendLine("## Goals").AppendLine();
        foreach (var goal in report.Goals)
            md.AppendLine($"- {(goal.Met ? "met" : "**not met**")}: {goal.Name} ({Number(goal.Value, goal.Name.Contains('%') && goal.Name.Contains("false"))})");

        md.AppendLine().AppendLine("## Model and baselines").AppendLine();
        md.AppendLine("| metric | " + string.Join(" | ", scorers.Select(s => s.Name)) + " |");
        md.AppendLine("| --- |" + string.Concat(scorers.Select(_ => " ---: |")));
        foreach (var (key, label, percent) in Rows)
            md.AppendLine($"| {label} | " + string.Join(" | ", scorers.Select(s => Number(s.Metrics[key], percent))) + " |");
        md.AppendLine().AppendLine(string.Join("; ", scorers.Select(s => $"{s.Name}: {s.Description}")) + ".");

        md.AppendLine().AppendLine("## Per kind, at each scorer's threshold").AppendLine();
        md.AppendLine("Share flagged suspect: the recall of a suspect kind, the false-positive rate of an honest kind.").AppendLine();
        md.AppendLine("| kind | complaints | " + string.Join(" | ", scorers.Select(s => s.Name)) + " |");
        md.AppendLine("| --- | ---: |" + string.Concat(scorers.Select(_ => " ---: |")));
        foreach (var kind in model.Kinds)
            md.AppendLine($"| {kind.Kind} ({(kind.Suspect ? "suspect: recall" : "honest: false positives")}) | {kind.Count:N0} | " +
                string.Join(" | ", scorers.Select(s => Number(s.Kinds.FirstOrDefault(k => k.Kind == kind.Kind)?.FlaggedShare ?? double.NaN, true))) + " |");

        md.AppendLine().AppendLine("## Confusion matrices at the threshold").AppendLine();
        md.AppendLine("| scorer | flagged suspect (TP) | flagged honest (FP) | passed honest (TN) | missed suspect (FN) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var s in scorers)
            md.AppendLine($"| {s.Name} | {s.Confusion.TruePositives:N0} | {s.Confusion.FalsePositives:N0} | {s.Confusion.TrueNegatives:N0} | {s.Confusion.FalseNegatives:N0} |");

        md.AppendLine().AppendLine("## Precision and recall").AppendLine().AppendLine($"![precision-recall curves]({svgFile})");

        md.AppendLine().AppendLine($"## Calibration of the model (expected calibration error {model.Calibration.ExpectedCalibrationError:0.0000})").AppendLine();
        md.AppendLine("| score range | complaints | mean score | observed suspect share |");
        md.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var bin in model.Calibration.Bins.Where(b => b.Count > 0))
            md.AppendLine($"| {bin.Lower:0.00}–{bin.Upper:0.00} | {bin.Count:N0} | {bin.MeanScore:0.0000} | {bin.SuspectRate:0.0000} |");

        foreach (var named in report.ValidationCalibration)
        {
            md.AppendLine().AppendLine($"## Calibration on the validation split: {named.Name} (ECE {named.Table.ExpectedCalibrationError:0.0000})").AppendLine();
            md.AppendLine("| score range | complaints | mean score | observed suspect share |");
            md.AppendLine("| --- | ---: | ---: | ---: |");
            foreach (var bin in named.Table.Bins.Where(b => b.Count > 0))
                md.AppendLine($"| {bin.Lower:0.00}–{bin.Upper:0.00} | {bin.Count:N0} | {bin.MeanScore:0.0000} | {bin.SuspectRate:0.0000} |");
        }

        if (report.TextComparison.Count > 0)
        {
            md.AppendLine().AppendLine("## Text features on the validation split").AppendLine();
            md.AppendLine("| text features | feature set | average precision | recall at 95% precision | recall at 99% precision | training time |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var c in report.TextComparison)
                md.AppendLine($"| {c.Text} | {c.Features} | {c.AveragePrecision:0.0000} | {c.RecallAt95Precision:0.0000} | {c.RecallAt99Precision:0.0000} | {c.TrainingSeconds:N0} s |");
        }

        var evidence = report.Model.Features == FeatureSet.EvidenceAndText;
        md.AppendLine().AppendLine(evidence
            ? "## What the score leans on (each group's mean absolute share of the logit on the training rows)"
            : "## Top features (LightGBM split gain, share of the total)").AppendLine();
        md.AppendLine(evidence ? "| group | share |" : "| feature | gain share |").AppendLine("| --- | ---: |");
        foreach (var f in report.Model.TopFeatures)
            md.AppendLine($"| {f.Feature.Replace("|", "\\|")} | {f.Importance:0.0000} |");
        return md.ToString();
    }

    private static string Number(double value, bool percent) =>
        double.IsNaN(value) ? "–" : percent ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
