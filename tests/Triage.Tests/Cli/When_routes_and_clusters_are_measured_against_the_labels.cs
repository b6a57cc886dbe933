using System.Text.Json;

namespace Triage.Tests.Cli;

public class When_routes_and_clusters_are_measured_against_the_labels() : CliFolder("triage-evaluate-routing-")
{
    // With the complaints themselves, evaluate-routing also clusters them as the rules baseline does and sets its cluster
    // figures beside Triage's; the routes stay Triage's, so only the cluster figures differ.
    [Test]
    public async Task Should_set_the_rules_baselines_cluster_figures_beside_Triages()
    {
        var data = Path.Combine(Folder, "b71");
        var (complaints, labels, scored, report) = (Path.Combine(data, "complaints.jsonl"), Path.Combine(data, "labels.jsonl"),
            Path.Combine(Folder, "scored.jsonl"), Path.Combine(Folder, "routing.md"));
        var generated = await TriageCli.RunAsync("generate", "--out", data, "--seed", "71", "--complaints", "2000", "--writer", "b");
        var scoring = await TriageCli.RunAsync("score", "--input", complaints, "--output", scored);
        var (exit, output, error) = await TriageCli.RunAsync("evaluate-routing", "--labels", labels, "--scored", scored, "--complaints", complaints, "--report", report);

        Assert.That(generated.ExitCode, Is.EqualTo(0), generated.Error);
        Assert.That(scoring.ExitCode, Is.EqualTo(0), scoring.Error);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("| figure | Triage | rules baseline | goal |"));
        var ours = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(report, ".json"))).RootElement;
        var rules = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(report, ".rules-baseline.json"))).RootElement;
        Assert.That(rules.GetProperty("suspectByKind").GetRawText(), Is.EqualTo(ours.GetProperty("suspectByKind").GetRawText()), "the same routes");
        Assert.That(rules.GetProperty("clusters").GetInt32(), Is.GreaterThan(0));
        Assert.That(rules.GetProperty("clusters").GetInt32(), Is.Not.EqualTo(ours.GetProperty("clusters").GetInt32()), "clusters of its own");
        Assert.That(rules.GetProperty("adjustedRandIndex").GetDouble(), Is.InRange(-1.0, 1.0));
        Assert.That(await File.ReadAllTextAsync(report), Does.Contain("Clusters against the rules baseline"));
    }
}
