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

    // How many batches one instance works at once (ScoringBatcher). One by default: every batch in flight waits for the
    // locks of the clusters it touches, and two workers in each of two instances queued for the same clusters' locks
    // (docs/benchmarks.md, "One batch at a time"). More can pay on an instance with cores to spare and few beside it.
    public int BatchWorkers { get; set; } = 1;

    public string FullModelPath => Path.IsPathRooted(ModelPath) ? ModelPath : Path.Combine(AppContext.BaseDirectory, ModelPath);
}
