namespace Triage.Scoring.Registry;

public sealed record NewModel(string Version, DateTimeOffset TrainedAt, byte[] Zip, string Metadata, string Status, string Source, string RegisteredBy,
    string? Comparison = null, string? Report = null);
