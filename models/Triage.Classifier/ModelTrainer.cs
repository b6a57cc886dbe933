using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Triage.Classifier.Evaluation;

namespace Triage.Classifier;

public sealed class ModelTrainer(TrainerOptions options)
{
    public TrainerOptions Options => options;

    public TrainedModel Train(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> validation, FeatureSet features, TextFeatures text,
        Action<string>? log = null)
    {
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
        var scores = Probabilities(model.Transform(validationData));
        var curve = Ranking.Curve(scores, labels);
        var threshold = Ranking.ThresholdAtPrecision(curve, options.PrecisionTarget);
        var result = new ScorerResult(features == FeatureSet.TextOnly ? "text-only model" : "model", "validation", validation, scores, threshold);
        log?.Invoke($"  {clock.Elapsed.TotalSeconds:N1} s; validation AP {result.Metrics["averagePrecision"]:0.0000}, " +
            $"recall at {options.PrecisionTarget:P0} precision {Ranking.RecallAtPrecision(curve, options.PrecisionTarget):0.0000}, threshold {threshold:0.0000}");

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

    private static float[] Probabilities(IDataView scored) => scored.GetColumn<float>(nameof(ClassifierOutput.Probability)).ToArray();
}
