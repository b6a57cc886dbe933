namespace Triage.Cli.Training;

// Files beside a model: suspect-model.zip, .json (metadata), .text-only.zip (the baseline), .training.md, .evaluation.md.
public static class ModelPaths
{
    public const string DefaultModel = "models/suspect-model.zip";

    public static string Beside(string model, string suffix) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(model))!, Path.GetFileNameWithoutExtension(model) + suffix);

    public static string TextOnly(string model) => Beside(model, ".text-only.zip");

    public static string ReportName(string model, string report) => Path.GetFileNameWithoutExtension(model) + "." + report;
}
