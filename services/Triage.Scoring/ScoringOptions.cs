namespace Triage.Scoring;

public sealed class ScoringOptions
{
    public const string Section = "Triage:Scoring";

    // Relative paths are taken from the application's folder, where the shipped model is copied.
    public string ModelPath { get; set; } = "models/suspect-model.zip";

    // Overrides the model's own routing threshold when set.
    public double? Threshold { get; set; }

    // How often each instance asks the registry which model is active.
    public TimeSpan ModelPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    // true (the default): online scoring takes complaints in batches (ComplaintBatchConsumer, ScoringBatcher); false, one per message.
    public bool Batches { get; set; } = true;

    public string FullModelPath => Path.IsPathRooted(ModelPath) ? ModelPath : Path.Combine(AppContext.BaseDirectory, ModelPath);
}
