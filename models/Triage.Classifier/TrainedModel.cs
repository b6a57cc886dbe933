using Microsoft.ML;
using Triage.Classifier.Evaluation;

namespace Triage.Classifier;

// A model fresh from the trainer, before it is saved: its validation calibration and threshold come with it.
public sealed class TrainedModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, TrainerOptions options)
{
    public required FeatureSet Features { get; init; }
    public required TextFeatures TextFeatures { get; init; }
    public required int TrainingRows { get; init; }
    public required int ValidationRows { get; init; }
    public required double Threshold { get; init; }
    public required string Calibration { get; init; }
    public required CalibrationTable TrainerCalibration { get; init; }
    public required ScorerResult Validation { get; init; }
    public required IReadOnlyList<FeatureImportance> TopFeatures { get; init; }
    public required TimeSpan TrainingTime { get; init; }
    public Evidence.EvidenceModel? Evidence { get; init; }
    public string? TrainerDescription { get; init; }

    public TrainerOptions Options => options;
    public MLContext Context => ml;
    public ITransformer Transformer => transformer;
    public DataViewSchema InputSchema => inputSchema;

    public float[] Score(IReadOnlyList<ClassifierInput> inputs)
    {
        var scores = BatchScorer.Score(ml, transformer, inputs, TextFeatures);
        return Evidence is { } evidence ? evidence.Apply(inputs, scores) : scores;
    }

    public ModelMetadata Save(string path, string trainingCorpus, int testRows, IReadOnlyDictionary<string, double> metrics, DateTimeOffset trainedAt)
    {
        ModelFiles.SaveModel(ml, transformer, inputSchema, path);
        var sha = ModelFiles.Sha256(path);
        var metadata = new ModelMetadata
        {
            Version = ModelFiles.Version(trainedAt, sha, Evidence, Threshold),
            TrainedAt = trainedAt,
            Seed = options.Seed,
            TrainingRows = TrainingRows,
            TrainingCorpus = trainingCorpus,
            Metrics = metrics,
            Threshold = Threshold,
            FeatureSchemaHash = FeatureSchema.Hash(TextFeatures),
            ModelFileSha256 = sha,
            Features = Features,
            TextFeatures = TextFeatures,
            TextFeaturizer = FeatureSchema.Settings(TextFeatures),
            Trainer = TrainerDescription ?? ClassifierPipeline.Describe(options),
            Calibration = Calibration,
            PrecisionTarget = options.PrecisionTarget,
            FalsePositiveTarget = options.FalsePositiveTarget,
            ValidationRows = ValidationRows,
            TestRows = testRows,
            TopFeatures = TopFeatures,
            Evidence = Evidence,
        };
        ModelFiles.WriteMetadata(metadata, path);
        return metadata;
    }
}
