using System.Text.Json.Nodes;

namespace Triage.Tests.Cli;

// `train --text-held-even S` (EvidenceOptions.NeutralTextShare, docs/classifier.md) reaches the evidence fit: the
// metadata says so, and the model is another version over the same text model (the zip holds only the text sub-score).
public class When_a_model_is_trained_with_the_text_held_even
{
    [Test]
    public async Task Should_fit_the_evidence_with_it_and_give_the_model_its_own_version()
    {
        var dir = Directory.CreateTempSubdirectory("triage-text-held-even-").FullName;
        try
        {
            var (generated, _, generateError) = await TriageCli.RunAsync("generate", "--out", dir, "--seed", "31", "--complaints", "1500");
            Assert.That(generated, Is.EqualTo(0), generateError);
            string[] quick = ["--data", dir, "--iterations", "5", "--leaves", "4", "--text", "char"];

            var (plainExit, _, plainError) = await TriageCli.RunAsync(["train", .. quick, "--out", Path.Combine(dir, "plain.zip")]);
            var (evenExit, _, evenError) = await TriageCli.RunAsync(["train", .. quick, "--out", Path.Combine(dir, "even.zip"), "--text-held-even", "0.5"]);

            Assert.That(plainExit, Is.EqualTo(0), plainError);
            Assert.That(evenExit, Is.EqualTo(0), evenError);
            var plain = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "plain.json")))!;
            var even = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "even.json")))!;
            Assert.That((string)even["trainer"]!, Does.Contain("the text held even in 50 % of the fit"));
            Assert.That((string)plain["trainer"]!, Does.Not.Contain("held even"));
            Assert.That((string)even["modelFileSha256"]!, Is.EqualTo((string)plain["modelFileSha256"]!), "one text model");
            Assert.That((string)even["version"]!, Is.Not.EqualTo((string)plain["version"]!));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
