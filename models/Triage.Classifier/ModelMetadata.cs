namespace Triage.Classifier;

public sealed record ModelMetadata
{
    public required string Version { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    public required int Seed { get; init; }
    public required int TrainingRows { get; init; }
    public required string TrainingCorpus { get; init; }
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
    public required double Threshold { get; init; }
    public required string FeatureSchemaHash { get; init; }
    public required string ModelFileSha256 { get; init; }
    public required FeatureSet Features { get; init; }
    public required TextFeatures TextFeatures { get; init; }
    public required string TextFeaturizer { get; init; }
    public required string Trainer { get; init; }
    public required string Calibration { get; init; }
    public required double PrecisionTarget { get; init; }

    // The largest share of validation's honest complaints the threshold may flag (since 2026-12-05; absent before).
    public double? FalsePositiveTarget { get; init; }
    public required int ValidationRows { get; init; }
    public required int TestRows { get; init; }
    public required IReadOnlyList<FeatureImportance> TopFeatures { get; init; }

    // Set for FeatureSet.EvidenceAndText: the zip is the text sub-score, this turns it and the signals into the score.
    public Evidence.EvidenceModel? Evidence { get; init; }
}
