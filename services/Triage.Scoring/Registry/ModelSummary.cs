using System.Text.Json;
using Triage.Classifier;
using Triage.Classifier.Promotion;

namespace Triage.Scoring.Registry;

public sealed record ModelSummary(string Version, string Status, DateTimeOffset TrainedAt, DateTimeOffset RegisteredAt, string RegisteredBy, string Source,
    ModelComparison? Comparison)
{
    public static ModelSummary From(RegisteredModel model) => new(model.Version, model.Status, model.TrainedAt, model.RegisteredAt, model.RegisteredBy,
        model.Source, model.Comparison is null ? null : JsonSerializer.Deserialize<ModelComparison>(model.Comparison, ModelFiles.Json));
}
