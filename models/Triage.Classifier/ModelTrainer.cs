using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Triage.Classifier.Evaluation;
using Triage.Classifier.Evidence;

namespace Triage.Classifier;

public sealed class ModelTrainer(TrainerOptions options)
{
    public TrainerOptions Options => options;

    public TrainedModel Train(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> validation, FeatureSet features, TextFeatures text,
        Action<string>? log = null)
    {
        if (features == FeatureSet.EvidenceAndText)
            return TrainEvidence(train, validation, text, log);
        FeatureSchema.EnsureSignalCount();
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(options.Seed);
        var prepared = ModelInput.Prepare(train.Select(r => r.Input).ToList(), text);
        var trainData = ml.Data.LoadFromEnumerable(prepared);
        var validationData = ml.Data.LoadFromEnumerable(ModelInput.Prepare(validation.Select(r => r.Input).ToList(), text));
        log?.Invoke($"training {features} / {text} on {train.Count:N0} rows ({train.Count(r => r.Suspect):N0} suspect)");
        var fitted = ClassifierPipeline.Features(ml, features, text).Append(ClassifierPipeline.Trainer(ml, options)).Fit(trainData);
        var trainingTime = clock.Elapsed;

        var labels = validation.Select(r => r.Suspect).ToArray();
        var scored = fitted.Transform(validationData);
        var trainerCalibration = CalibrationTable.Build(Probabilities(scored), labels);
        ITransformer model = fitted;
        var calibration = $"LightGBM's own Platt calibration (fit on training scores); validation ECE {trainerCalibration.ExpectedCalibrationError:0.0000}";
        if (trainerCalibration.ExpectedCalibrationError > options.CalibrationTolerance)
        {
            var platt = ml.BinaryClassification.Calibrators.Platt(nameof(ClassifierInput.Label), nameof(ClassifierOutput.Score)).Fit(scored);
            model = fitted.Append(platt);
            calibration = $"Platt recalibration on the validation split: the trainer's own calibration had validation ECE " +
                $"{trainerCalibration.ExpectedCalibrationError:0.0000} > {options.CalibrationTolerance}";
        }
        var (threshold, result) = Validate(features == FeatureSet.TextOnly ? "text-only model" : "model", validation,
            Probabilities(model.Transform(validationData)), log, clock);

        return new TrainedModel(ml, model, trainData.Schema, options)
        {
            Features = features,
            TextFeatures = text,
            TrainingRows = train.Count,
            ValidationRows = validation.Count,
            Threshold = threshold,
            Calibration = calibration,
            TrainerCalibration = trainerCalibration,
            Validation = result,
            TopFeatures = Importance.Top(ml, fitted, prepared, text, 25),
            TrainingTime = trainingTime,
        };
    }

    // The text-only model as a sub-score, and monotone evidence terms fitted on its out-of-fold scores of the training
    // rows (a score on rows it was trained on would be overconfident and take more than its share).
    public TrainedModel TrainEvidence(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> validation, TextFeatures text, Action<string>? log = null) =>
        AddEvidence(Train(train, validation, FeatureSet.TextOnly, text, log), train, validation, log);

    public TrainedModel AddEvidence(TrainedModel textModel, IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> validation, Action<string>? log = null) =>
        AddEvidence(textModel, train, validation, OutOfFold(train, textModel.TextFeatures, log), options.Evidence, log);

    // The same text model and out-of-fold scores under other evidence settings: comparing settings costs one small fit each.
    public TrainedModel AddEvidence(TrainedModel textModel, IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> validation,
        IReadOnlyList<float> outOfFold, EvidenceOptions settings, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var text = textModel.TextFeatures;
        log?.Invoke($"fitting the evidence terms on {train.Count:N0} rows");
        var evidence = new EvidenceTrainer(settings).Fit(train.Select(r => r.Input.Signals).ToList(), outOfFold, train.Select(r => r.Suspect).ToList());
        var inputs = validation.Select(r => r.Input).ToList();
        var scores = evidence.Apply(inputs, textModel.Score(inputs));
        var (threshold, result) = Validate("model", validation, scores, log, clock);
        var calibration = CalibrationTable.Build(scores, validation.Select(r => r.Suspect).ToArray());
        return new TrainedModel(textModel.Context, textModel.Transformer, textModel.InputSchema, options)
        {
            Features = FeatureSet.EvidenceAndText,
            TextFeatures = text,
            TrainingRows = train.Count,
            ValidationRows = validation.Count,
            Threshold = threshold,
            Calibration = $"the evidence model's logistic fit; validation ECE {calibration.ExpectedCalibrationError:0.0000}",
            TrainerCalibration = calibration,
            Validation = result,
            TopFeatures = EvidenceImportance.Top(evidence, train.Select(r => r.Input).ToList(), outOfFold),
            TrainingTime = textModel.TrainingTime + clock.Elapsed,
            Evidence = evidence,
            TrainerDescription = $"{settings.Describe()}; text sub-score: {ClassifierPipeline.Describe(options)} on text alone, " +
                $"{Folds}-fold out-of-fold scores for the fit",
        };
    }

    public const int Folds = 3;

    public float[] OutOfFold(IReadOnlyList<LabelledRow> train, TextFeatures text, Action<string>? log)
    {
        var fold = train.Select(r => Fold(r.Group)).ToArray();
        var scores = new float[train.Count];
        for (var k = 0; k < Folds; k++)
        {
            var rest = train.Where((_, i) => fold[i] != k).ToList();
            var held = Enumerable.Range(0, train.Count).Where(i => fold[i] == k).ToList();
            if (held.Count == 0)
                continue;
            log?.Invoke($"  text sub-score, fold {k + 1} of {Folds}: trained on {rest.Count:N0}, scoring {held.Count:N0}");
            var ml = new MLContext(options.Seed);
            var data = ml.Data.LoadFromEnumerable(ModelInput.Prepare(rest.Select(r => r.Input).ToList(), text));
            var fitted = ClassifierPipeline.Features(ml, FeatureSet.TextOnly, text).Append(ClassifierPipeline.Trainer(ml, options)).Fit(data);
            var heldScores = BatchScorer.Score(ml, fitted, held.Select(i => train[i].Input).ToList(), text);
            for (var j = 0; j < held.Count; j++)
                scores[held[j]] = heldScores[j];
        }
        return scores;
    }

    private int Fold(string group)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"fold:{options.Seed}:{group}"));
        return (int)(BinaryPrimitives.ReadUInt32LittleEndian(hash) % Folds);
    }

    private (double Threshold, ScorerResult Result) Validate(string name, IReadOnlyList<LabelledRow> validation, float[] scores, Action<string>? log, Stopwatch clock)
    {
        var labels = validation.Select(r => r.Suspect).ToArray();
        var curve = Ranking.Curve(scores, labels);
        // The precision target alone spends every suspect a better fit ranks higher on letting more honest complaints through
        // (precision counts them together); the honest share flagged does not move when the suspects do.
        var threshold = Ranking.ThresholdAtPrecision(curve, options.PrecisionTarget);
        if (options.FalsePositiveTarget is { } fpr)
            threshold = Math.Max(threshold, Ranking.ThresholdAtFalsePositiveRate(scores, labels, fpr));
        var result = new ScorerResult(name, "validation", validation, scores, threshold);
        log?.Invoke($"  {clock.Elapsed.TotalSeconds:N1} s; validation AP {result.Metrics["averagePrecision"]:0.0000}, " +
            $"recall at {options.PrecisionTarget:P0} precision {Ranking.RecallAtPrecision(curve, options.PrecisionTarget):0.0000}, threshold {threshold:0.0000}");
        return (threshold, result);
    }

    private static float[] Probabilities(IDataView scored) => scored.GetColumn<float>(nameof(ClassifierOutput.Probability)).ToArray();
}
