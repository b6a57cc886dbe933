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

    // The suspect threshold in force: the one configured (Triage:Scoring:Threshold), else the model's own.
    public double ThresholdFor(double? configured) => configured ?? Metadata.Threshold;

    public IReadOnlyList<(string Feature, double Importance)> TopFeatures { get; }

    public static SuspectModel Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No model at {path}.", path);
        return Load(File.ReadAllBytes(path), ModelFiles.ReadMetadata(path), path);
    }

    // A model kept elsewhere than in a file (the model registry): the same checks as for a file.
    public static SuspectModel Load(byte[] zip, ModelMetadata metadata, string source)
    {
        FeatureSchema.EnsureSignalCount();
        var expected = FeatureSchema.Hash(metadata.TextFeatures);
        if (!FeatureSchema.Accepts(metadata.FeatureSchemaHash, metadata.Features, metadata.TextFeatures))
            throw new IncompatibleModelException(
                $"The model {source} ({metadata.Version}) was trained on feature schema {metadata.FeatureSchemaHash[..12]}, but this code computes " +
                $"{expected[..12]}: the signals or the text features changed since it was trained. Retrain it with `triage train`.");
        var sha = ModelFiles.Sha256(zip);
        if (!string.Equals(metadata.ModelFileSha256, sha, StringComparison.OrdinalIgnoreCase))
            throw new IncompatibleModelException(
                $"The model {source} (SHA-256 {sha[..12]}) is not the one its metadata describes ({metadata.ModelFileSha256[..12]}).");
        var ml = new MLContext(metadata.Seed);
        using var stream = new MemoryStream(zip, writable: false);
        return new SuspectModel(ml, ml.Model.Load(stream, out _), metadata);
    }

    public bool IsSuspect(float score) => score >= Threshold;

    public float Score(ClassifierInput input)
    {
        var probability = Predict(input);
        return Metadata.Evidence is { } evidence ? evidence.Probability(input.Signals, probability) : probability;
    }

    public float[] ScoreBatch(IReadOnlyList<ClassifierInput> inputs)
    {
        var probabilities = BatchScorer.Score(_ml, _model, inputs, Metadata.TextFeatures);
        return Metadata.Evidence is { } evidence ? evidence.Apply(inputs, probabilities) : probabilities;
    }

    // Scores with each evidence group's share of the logit, largest first (empty for a model without evidence terms).
    public IReadOnlyList<Assessment> AssessBatch(IReadOnlyList<ClassifierInput> inputs)
    {
        var probabilities = BatchScorer.Score(_ml, _model, inputs, Metadata.TextFeatures);
        if (Metadata.Evidence is not { } evidence)
            return probabilities.Select(p => new Assessment(p, [])).ToArray();
        var assessments = new Assessment[inputs.Count];
        Parallel.For(0, assessments.Length, i =>
            assessments[i] = new Assessment(evidence.Probability(inputs[i].Signals, probabilities[i]), evidence.Contributions(inputs[i].Signals, probabilities[i])));
        return assessments;
    }

    public Assessment Assess(ClassifierInput input)
    {
        var probability = Predict(input);
        return Metadata.Evidence is { } evidence
            ? new Assessment(evidence.Probability(input.Signals, probability), evidence.Contributions(input.Signals, probability))
            : new Assessment(probability, []);
    }

    // The zip's own probability: the text sub-score for an evidence model, the score itself for one without.
    private float Predict(ClassifierInput input)
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
}
