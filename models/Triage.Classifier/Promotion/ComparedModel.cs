namespace Triage.Classifier.Promotion;

// One model's figures on the held-out rows, each at the model's own routing threshold.
public sealed record ComparedModel(string Version, double AveragePrecision, double FalsePositiveRate, double RecallAtThreshold, double Threshold);
