namespace Triage.Tests.Cli;

// `evaluate --cross-family --ablation --variants TEXT…` fits the model and only the ablation variants whose names hold
// one of the texts; each variant's description in the report names its floors.
public class When_ablation_variants_are_chosen() : CliFolder("triage-ablation-variants-")
{
    [Test]
    public async Task Should_fit_the_model_and_only_the_variants_named()
    {
        var (exit, _, error) = await TriageCli.RunAsync("evaluate", "--cross-family", "--ablation", "--variants", "outfit-sharer floor",
            "--pairs", "a:b", "--test-seeds", "303", "--complaints", "1500", "--report", Folder);

        Assert.That(exit, Is.EqualTo(0), error);
        var report = File.ReadAllText(Path.Combine(Folder, "cross-family.md"));
        var variants = report.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("monotone additive", StringComparison.Ordinal))
            .Select(l => l[2..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.That(variants, Is.EqualTo(new[] { "model", "no outfit-sharer floor", "outfit-sharer floor from 2", "outfit-sharer floor from 3" }));
        var model = Line(report, "- model:");
        Assert.That(model, Does.Contain("at least 4 logits where agent_identifier_people_30d ≥ 5").And.Contain("at least 4 logits where rare_content_outfit_sharers_30d ≥ 5"));
        Assert.That(Line(report, "- no outfit-sharer floor:"), Does.Contain("agent_identifier_people_30d ≥ 5").And.Not.Contain("rare_content_outfit_sharers_30d ≥"));
        Assert.That(Line(report, "- outfit-sharer floor from 3:"), Does.Contain("rare_content_outfit_sharers_30d ≥ 3").And.Contain("agent_identifier_people_30d ≥ 5"));
    }

    private static string Line(string report, string start) => report.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));
}
