using System.Text.Json;

namespace Triage.Tests.Cli;

// The person step's outfit way through `triage score` on a generated corpus (writer c, whose coached members the model
// reads least well): the hindsight signal is computed over the file, the filings it raises are suspect, go to
// fraud-review and say first whose sentences they keep; none of them is honest.
public class When_a_coached_member_keeps_its_outfits_sentences() : CliFolder("triage-outfit-")
{
    [Test]
    public async Task Should_send_it_to_fraud_review_saying_how_many_of_the_outfits_people_share_its_sentences()
    {
        var data = Path.Combine(Folder, "c72");
        var scored = Path.Combine(Folder, "scored.jsonl");
        var generated = await TriageCli.RunAsync("generate", "--out", data, "--seed", "72", "--complaints", "4000", "--writer", "c");
        var scoring = await TriageCli.RunAsync("score", "--input", Path.Combine(data, "complaints.jsonl"), "--output", scored);
        Assert.That(generated.ExitCode, Is.EqualTo(0), generated.Error);
        Assert.That(scoring.ExitCode, Is.EqualTo(0), scoring.Error);

        var labels = (await File.ReadAllLinesAsync(Path.Combine(data, "labels.jsonl")))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(l => l.GetProperty("externalId").GetString()!, l => l.GetProperty("suspect").GetBoolean());
        var raised = (await File.ReadAllLinesAsync(scored))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(o => o.GetProperty("reasons").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.String } first
                        && first.GetString()!.EndsWith("达到 15 人即判为可疑", StringComparison.Ordinal))
            .ToList();

        Assert.That(raised, Has.Count.GreaterThanOrEqualTo(3), "seed 72 of writer c has coached members the model alone passes");
        Assert.That(raised.Select(o => o.GetProperty("suspect").GetBoolean()), Is.All.True);
        Assert.That(raised.Select(o => o.GetProperty("route").GetString()), Is.All.EqualTo("fraud-review"));
        Assert.That(raised.Select(o => o.GetProperty("reasons")[0].GetString()),
            Is.All.Match(@"^文本与其他 (1[5-9]|[2-9]\d|\d{3,}) 人的投诉有相同的少见语句，这些投诉背后有多人共用的代理标识（前后30天内），达到 15 人即判为可疑$"));
        Assert.That(raised.Select(o => labels[o.GetProperty("externalId").GetString()!]), Is.All.True, "none of them is honest");
    }
}
