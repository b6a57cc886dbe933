namespace Triage.Scoring;

public sealed record ModelView(string Version, DateTimeOffset TrainedAt, IReadOnlyDictionary<string, double> Metrics, double Threshold, string FeatureSchemaHash);
