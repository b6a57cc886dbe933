using System.Text.Json;

namespace Triage.Tests.Cli;

public class When_a_model_is_evaluated_on_a_labelled_corpus() : CliFolder("triage-evaluate-")
{
    // The report judges the model as `triage score` and the nightly run decide, with the person step, and shows the
    // same model with every filing decided alone beside it. On writer c, seed 61, the shipped model misses repeat
    // filings that their person's other filings give away.
    [Test]
    public async Task Should_report_the_model_with_the_person_step_beside_its_filings_decided_alone()
    {
        var data = Path.Combine(Folder, "c61");
        var generated = await TriageCli.RunAsync("generate", "--out", data, "--seed", "61", "--complaints", "3000", "--writer", "c");
        var (exit, _, error) = await TriageCli.RunAsync("evaluate", "--model", Path.Combine(AppContext.BaseDirectory, "models", "suspect-model.zip"), "--data", data, "--report", Folder);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "suspect-model.evaluation.json"))).RootElement;
        var scorers = report.GetProperty("scorers").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        Assert.That(generated.ExitCode, Is.EqualTo(0), generated.Error);
        Assert.That(exit, Is.EqualTo(0), error);
        var (model, alone) = (scorers["model"], scorers["model, filings decided alone"]);
        int Count(JsonElement scorer, string name) => scorer.GetProperty("confusion").GetProperty(name).GetInt32();
        double Repeat(JsonElement scorer) => scorer.GetProperty("metrics").GetProperty("recall.repeat").GetDouble();
        Assert.That(Count(model, "truePositives"), Is.GreaterThan(Count(alone, "truePositives")));
        Assert.That(Count(model, "falsePositives"), Is.GreaterThanOrEqualTo(Count(alone, "falsePositives")), "the step never unflags");
        Assert.That(Repeat(model), Is.GreaterThan(Repeat(alone)));
        Assert.That(report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()), Has.Some.StartsWith("Person step:"));
    }
}
