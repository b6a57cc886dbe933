using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Triage.Classifier;

// The shipped model, loaded once and shared: Score borrows a PredictionEngine from a pool (an engine is not
// thread-safe), ScoreBatch runs one Transform over the whole batch.
public sealed class SuspectModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>> _engines;

    private SuspectModel(MLContext ml, ITransformer model, ModelMetadata metadata)
    {
        _ml = ml;
        _model = model;
        Metadata = metadata;
        _engines = new DefaultObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>>(
            new PredictionEnginePolicy(ml, model), Environment.ProcessorCount * 2);
        TopFeatures = metadata.TopFeatures.Select(f => (f.Feature, f.Importance)).ToList();
    }

    public ModelMetadata Metadata { get; }

    public float Threshold => (float)Metadata.Threshold;

    public IReadOnlyList<(string Feature, double Importance)> TopFeatures { get; }

    public static SuspectModel Load(string path)
    {
        FeatureSchema.EnsureSignalCount();
        if (!File.Exists(path))
            throw new FileNotFoundException($"No model at {path}.", path);
        var metadata = ModelFiles.ReadMetadata(path);
        var expected = FeatureSchema.Hash(metadata.TextFeatures);
        if (!string.Equals(metadata.FeatureSchemaHash, expected, StringComparison.OrdinalIgnoreCase))
            throw new IncompatibleModelException(
                $"The model {path} ({metadata.Version}) was trained on feature schema {metadata.FeatureSchemaHash[..12]}, but this code computes " +
                $"{expected[..12]}: the signals or the text features changed since it was trained. Retrain it with `triage train`.");
        var sha = ModelFiles.Sha256(path);
        if (!string.Equals(metadata.ModelFileSha256, sha, StringComparison.OrdinalIgnoreCase))
            throw new IncompatibleModelException(
                $"The model file {path} (SHA-256 {sha[..12]}) is not the one its metadata describes ({metadata.ModelFileSha256[..12]}).");
        var ml = new MLContext(metadata.Seed);
        using var stream = File.OpenRead(path);
        return new SuspectModel(ml, ml.Model.Load(stream, out _), metadata);
    }

    public bool IsSuspect(float score) => score >= Threshold;

    public float Score(ClassifierInput input)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(ModelInput.Prepare(input, Metadata.TextFeatures)).Probability;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public float[] ScoreBatch(IReadOnlyList<ClassifierInput> inputs) => BatchScorer.Score(_ml, _model, inputs, Metadata.TextFeatures);
}
