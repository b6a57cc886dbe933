namespace Triage.Classifier.Evaluation;

public static class ReportFiles
{
    public static (string Markdown, string Json, string Svg) Write(EvaluationReport report, string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var svg = Path.Combine(directory, name + ".svg");
        var markdown = Path.Combine(directory, name + ".md");
        var json = Path.Combine(directory, name + ".json");
        File.WriteAllText(svg, PrCurveSvg.Render(report));
        File.WriteAllText(markdown, ReportMarkdown.Write(report, Path.GetFileName(svg)));
        File.WriteAllText(json, ReportJson.Write(report));
        return (markdown, json, svg);
    }
}
