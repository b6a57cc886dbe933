namespace Triage.Classifier.Evaluation;

public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanScore, double SuspectRate);
