using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Cli;

public class When_a_file_is_scored() : CliFolder("triage-score-")
{
    [Test]
    public async Task Should_write_one_line_per_good_complaint_and_report_bad_lines_by_number()
    {
        var generated = await TriageCli.RunAsync("generate", "--out", Folder, "--seed", "77", "--complaints", "400");
        var lines = (await File.ReadAllLinesAsync(Path.Combine(Folder, "complaints.jsonl"))).ToList();
        lines.Insert(2, "{\"channel\": \"app\"}");
        lines.Insert(5, "not json at all");
        await File.WriteAllLinesAsync(Path.Combine(Folder, "in.jsonl"), lines);

        var (exit, _, error) = await TriageCli.RunAsync("score", "--input", Path.Combine(Folder, "in.jsonl"), "--output", Path.Combine(Folder, "out.jsonl"));
        var output = (await File.ReadAllLinesAsync(Path.Combine(Folder, "out.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var labels = (await File.ReadAllLinesAsync(Path.Combine(Folder, "labels.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.That(generated.ExitCode, Is.EqualTo(0), generated.Error);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("line 3:").And.Contain("line 6:"));
        Assert.That(error.IndexOf("line 3:", StringComparison.Ordinal), Is.LessThan(error.IndexOf("line 6:", StringComparison.Ordinal)),
            "bad lines are reported in file order, though the lines are parsed in parallel");
        Assert.That(output, Has.Count.EqualTo(400));
        Assert.That(output.Select(o => o.GetProperty("externalId").GetString()), Is.EqualTo(labels.Select(l => l.GetProperty("externalId").GetString())));
        foreach (var line in output)
        {
            Assert.That(line.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(line.GetProperty("clusterId").ValueKind, Is.EqualTo(JsonValueKind.Null).Or.EqualTo(JsonValueKind.String));
            Assert.That(line.GetProperty("reasons").ValueKind, Is.EqualTo(JsonValueKind.Array));
            var route = line.GetProperty("route").GetString();
            // A suspect complaint always goes to the fraud team; others go there only as members of a suspect cluster.
            Assert.That(route, line.GetProperty("suspect").GetBoolean() || line.GetProperty("clusterId").ValueKind == JsonValueKind.String
                ? Is.EqualTo("fraud-review").Or.StartsWith("handling/")
                : Does.StartWith("handling/"));
            if (line.GetProperty("suspect").GetBoolean())
                Assert.That(route, Is.EqualTo("fraud-review"));
            if (route == "fraud-review")
                Assert.That(line.GetProperty("reasons").GetArrayLength(), Is.GreaterThan(0), "every complaint in fraud-review says why");
        }
        var suspectScores = output.Zip(labels).Where(p => p.Second.GetProperty("suspect").GetBoolean()).Average(p => p.First.GetProperty("score").GetDouble());
        var honestScores = output.Zip(labels).Where(p => !p.Second.GetProperty("suspect").GetBoolean()).Average(p => p.First.GetProperty("score").GetDouble());
        Assert.That(suspectScores, Is.GreaterThan(honestScores + 0.3));
        Assert.That(output.Count(o => o.GetProperty("clusterId").ValueKind == JsonValueKind.String), Is.GreaterThan(0));
    }

    [Test]
    public async Task Should_fail_only_when_nothing_could_be_scored()
    {
        await File.WriteAllLinesAsync(Path.Combine(Folder, "bad.jsonl"), ["{}", "[1]"]);

        var (exit, _, error) = await TriageCli.RunAsync("score", "--input", Path.Combine(Folder, "bad.jsonl"), "--output", Path.Combine(Folder, "out.jsonl"));

        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(error, Does.Contain("line 1:").And.Contain("line 2:").And.Contain("Nothing could be scored"));
    }

    [Test]
    public async Task Should_explain_itself_with_help()
    {
        var (exit, output, _) = await TriageCli.RunAsync("score", "--help");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("--input").And.Contain("--output").And.Contain("--model"));
    }
}
