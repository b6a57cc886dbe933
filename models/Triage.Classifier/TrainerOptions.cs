namespace Triage.Classifier;

public sealed record TrainerOptions
{
    public int Seed { get; init; } = 20261127;
    public int NumberOfLeaves { get; init; } = 31;
    public int NumberOfIterations { get; init; } = 200;
    public double LearningRate { get; init; } = 0.1;
    public int MinimumExampleCountPerLeaf { get; init; } = 20;

    // The routing threshold is the lowest calibrated score whose flags reach this precision on validation, and at which
    // at most this share of validation's honest complaints is flagged (null: no such bound).
    public double PrecisionTarget { get; init; } = 0.99;

    // A share of whole complaints, rounded down: 0.03 % of the ~2,500 honest validation rows of a 20,000-complaint corpus
    // allows none, of the ~5,400 of the shipped model's 40,000 one (docs/classifier.md, "Split, calibration, threshold").
    public double? FalsePositiveTarget { get; init; } = 0.0003;

    // Expected calibration error on validation above which the trainer's own Platt calibration is replaced.
    public double CalibrationTolerance { get; init; } = 0.01;

    public Evidence.EvidenceOptions Evidence { get; init; } = new();
}
