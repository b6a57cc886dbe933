namespace Triage.Classifier.Evaluation;

public sealed record PrPoint(double Threshold, double Precision, double Recall);
