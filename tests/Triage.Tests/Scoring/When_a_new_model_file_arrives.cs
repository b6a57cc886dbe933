using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

[NonParallelizable]
public class When_a_new_model_file_arrives
{
    [Test]
    public async Task Should_score_with_it_without_a_restart_while_earlier_complaints_keep_their_version()
    {
        var folder = Directory.CreateTempSubdirectory("triage-model-").FullName;
        foreach (var file in new[] { "suspect-model.zip", "suspect-model.json" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "models", file), Path.Combine(folder, file));
        await using var factory = TriageFactory.Sqlite(new()
        {
            ["Triage:Roles"] = "all",
            ["Triage:Scoring:ModelPath"] = Path.Combine(folder, "suspect-model.zip"),
        });
        using var analyst = factory.CreateClient("dev-analyst-key");
        var before = (await (await analyst.GetAsync("/api/v1/model")).JsonAsync()).GetProperty("version").GetString()!;
        var first = await ScoredVersionAsync(analyst);

        var metadataPath = Path.Combine(folder, "suspect-model.json");
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(metadataPath))!.AsObject();
        metadata["version"] = before + "-retrained";
        await File.WriteAllTextAsync(metadataPath, metadata.ToJsonString());
        var swapped = await Eventually.HoldsAsync(async () =>
            (await (await analyst.GetAsync("/api/v1/model")).JsonAsync()).GetProperty("version").GetString() == before + "-retrained", TimeSpan.FromSeconds(20));
        var second = await ScoredVersionAsync(analyst);

        Assert.That(swapped, Is.True);
        Assert.That(first.Version, Is.EqualTo(before));
        Assert.That(second.Version, Is.EqualTo(before + "-retrained"));
        var firstAgain = (await (await analyst.GetAsync($"/api/v1/complaints/{first.Id}")).JsonAsync()).GetProperty("triage").GetProperty("modelVersion").GetString();
        Assert.That(firstAgain, Is.EqualTo(before));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(Guid Id, string? Version)> ScoredVersionAsync(HttpClient analyst)
    {
        var id = Guid.Parse((await (await analyst.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!);
        string? version = null;
        await Eventually.HoldsAsync(async () =>
        {
            var complaint = await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
            version = complaint.GetProperty("triage").ValueKind == System.Text.Json.JsonValueKind.Object
                ? complaint.GetProperty("triage").GetProperty("modelVersion").GetString()
                : null;
            return version is not null;
        }, TimeSpan.FromSeconds(30));
        return (id, version);
    }
}
