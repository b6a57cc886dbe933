namespace Triage.Classifier.Evaluation;

public sealed record NamedCalibration(string Name, CalibrationTable Table);
