namespace Triage.Tests.Cli;

// Every mistake on the command line is caught before any work and told in one line naming the option and the path,
// with exit code 1 and no stack trace.
public class When_the_command_line_is_wrong
{
    private string _dir = null!;
    private string _existing = null!;

    [SetUp]
    public void CreateFiles()
    {
        _dir = Directory.CreateTempSubdirectory("triage-cli-errors-").FullName;
        _existing = Path.Combine(_dir, "existing.zip");
        File.WriteAllText(_existing, "not a model");
        File.WriteAllText(Path.Combine(_dir, "in.jsonl"), "");
    }

    [TearDown]
    public void DeleteFiles() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return new TestCaseData(new[] { "score", "--input", "{dir}/missing.jsonl", "--output", "{dir}/out.jsonl" }, "--input: there is no file {dir}/missing.jsonl")
            .SetName("score: a missing input file");
        yield return new TestCaseData(new[] { "score", "--input", "{dir}/in.jsonl", "--output", "{dir}/nowhere/out.jsonl" }, "--output: the folder {dir}/nowhere does not exist")
            .SetName("score: an output folder that does not exist");
        yield return new TestCaseData(new[] { "score", "--input", "{dir}/in.jsonl", "--output", "{dir}/out.jsonl", "--model", "{dir}/missing.zip" }, "--model: there is no file {dir}/missing.zip")
            .SetName("score: a missing model");
        yield return new TestCaseData(new[] { "evaluate", "--model", "{dir}/missing.zip", "--data", "{dir}" }, "--model: there is no file {dir}/missing.zip")
            .SetName("evaluate: a missing model");
        yield return new TestCaseData(new[] { "evaluate", "--model", "{dir}/existing.zip", "--data", "{dir}/nowhere" }, "--data: there is no folder {dir}/nowhere")
            .SetName("evaluate: a missing corpus folder");
        yield return new TestCaseData(new[] { "evaluate", "--cross-family", "--model", "{dir}/missing.zip", "--test-seeds", "101" }, "--test-seeds must not contain --train-seed.")
            .SetName("evaluate --cross-family: the seeds overlap (the model file is not needed)");
        yield return new TestCaseData(new[] { "train", "--data", "{dir}", "--out", "{dir}/existing.zip" }, "--out: {dir}/existing.zip exists already")
            .SetName("train: --out names a model that exists");
        yield return new TestCaseData(new[] { "train", "--data", "{dir}", "--out", "{dir}/new.zip", "--text-held-even", "1.5" }, "--text-held-even: 1.5 is not a share from 0 to 1.")
            .SetName("train: a share of the fit above 1");
        yield return new TestCaseData(new[] { "evaluate-routing", "--labels", "{dir}/missing.jsonl", "--scored", "{dir}/in.jsonl" }, "--labels: there is no file {dir}/missing.jsonl")
            .SetName("evaluate-routing: missing labels");
        yield return new TestCaseData(new[] { "score", "--bogus", "--input", "{dir}/in.jsonl", "--output", "{dir}/out.jsonl" }, "Unrecognized command or argument '--bogus'")
            .SetName("score: an unknown option");
    }

    [TestCaseSource(nameof(Mistakes))]
    public async Task Should_say_what_is_wrong_in_one_line_before_any_work(string[] args, string expected)
    {
        var (exit, output, error) = await TriageCli.RunAsync(args.Select(a => a.Replace("{dir}", _dir)).ToArray());

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("(see:")).ToList();
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines, Has.Count.EqualTo(1), error);
        Assert.That(lines[0], Does.Contain(expected.Replace("{dir}", _dir)));
        Assert.That(error, Does.Not.Contain("Unhandled exception").And.Not.Contain("   at "));
        Assert.That(output, Is.Empty, "nothing was done");
        Assert.That(File.Exists(Path.Combine(_dir, "out.jsonl")), Is.False);
    }

    [Test]
    public async Task Should_say_in_one_line_when_the_work_itself_fails()
    {
        var (exit, _, error) = await TriageCli.RunAsync("evaluate", "--model", _existing, "--data", _dir);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.StartWith("triage evaluate: error: "));
        Assert.That(error, Does.Not.Contain("   at "));
    }
}
