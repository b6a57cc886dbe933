using System.Text.Json;
using Triage.Classifier;
using Triage.Classifier.Promotion;
using Triage.Scoring.Registry;

namespace Triage.Tests.Models;

// Candidates for registry tests: the shipped model's bytes under another version (so they load and score), with a
// stored comparison against the active model that says it won or lost.
public static class RegistryCandidates
{
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "models", "suspect-model.zip");

    public static string ShippedVersion => ModelFiles.ReadMetadata(ShippedPath).Version;

    public static NewModel Compared(string version, string activeVersion, bool wins)
    {
        var metadata = ModelFiles.ReadMetadata(ShippedPath) with { Version = version };
        var candidate = new ComparedModel(version, wins ? 0.999 : 0.90, 0.001, 0.98, 0.5);
        var active = new ComparedModel(activeVersion, 0.95, 0.001, 0.97, 0.24);
        var comparison = new ModelComparison(candidate, active, "test held-out rows", 1_000, 200, wins, PromotionRule.Description,
            wins ? "wins: test" : "refused: test");
        return new NewModel(version, metadata.TrainedAt, File.ReadAllBytes(ShippedPath), ModelFiles.SerializeMetadata(metadata),
            wins ? ModelStatus.Candidate : ModelStatus.Refused, "test", "test", JsonSerializer.Serialize(comparison, ModelFiles.Json));
    }
}
