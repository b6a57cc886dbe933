using System.CommandLine;
using System.Diagnostics;
using Triage.Classifier;
using Triage.Classifier.Evaluation;

namespace Triage.Cli.Training;

public static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model file (its metadata JSON beside it; a .text-only.zip beside it is scored as a baseline)", DefaultValueFactory = _ => ModelPaths.DefaultModel, HelpName = "FILE" };
        var data = new Option<DirectoryInfo>("--data") { Description = "Directory with complaints.jsonl and labels.jsonl, from a seed never used in training", Required = true, HelpName = "DIR" };
        var report = new Option<DirectoryInfo?>("--report") { Description = "Where to write <model>.evaluation.md, .json and .svg [default: beside the model]", HelpName = "DIR" };
        var corpus = new Option<string?>("--corpus") { Description = "How the corpus was made, for the report, e.g. \"generate --seed 202 --complaints 60000\"", HelpName = "TEXT" };
        var command = new Command("evaluate", "Scores a whole labelled corpus with a trained model and its baselines and writes the evaluation report.")
        {
            model, data, report, corpus,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(model)!, parse.GetValue(data)!, parse.GetValue(report), parse.GetValue(corpus), ct));
        return command;
    }

    private static async Task<int> RunAsync(string modelPath, DirectoryInfo data, DirectoryInfo? reportDirectory, string? corpus, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var model = SuspectModel.Load(modelPath);
        var rows = await LabelledCorpus.ReadAsync(data, cancellationToken);
        if (rows.Count == 0)
        {
            Console.Error.WriteLine("No labelled complaint could be read.");
            return 1;
        }
        var inputs = rows.Select(r => r.Input).ToList();
        var throughput = ScoringThroughput.Measure(model, inputs);
        var scorers = new List<ScorerResult> { new("model", "text n-grams and signals", rows, throughput.Scores, model.Metadata.Threshold) };
        var notes = new List<string> { throughput.Describe() };
        Console.Error.WriteLine(throughput.Describe());
        var textOnlyPath = ModelPaths.TextOnly(modelPath);
        if (File.Exists(textOnlyPath))
        {
            var textOnly = SuspectModel.Load(textOnlyPath);
            scorers.Add(new ScorerResult("text-only model", "same trainer on skeleton n-grams alone", rows, textOnly.ScoreBatch(inputs), textOnly.Metadata.Threshold));
        }
        else
            notes.Add($"No text-only baseline at {textOnlyPath}");
        scorers.Add(TrainingRun.Keywords(rows));

        var description = $"{corpus ?? data.Name} ({rows.Count:N0} complaints, {rows.Count(r => r.Suspect):N0} suspect), all of it";
        var report = new EvaluationReport("Evaluation report", description, model.Metadata, scorers, [], [], notes);
        var directory = reportDirectory?.FullName ?? Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
        var files = ReportFiles.Write(report, directory, ModelPaths.ReportName(modelPath, "evaluation"));
        Console.WriteLine(File.ReadAllText(files.Markdown));
        Console.Error.WriteLine($"wrote {files.Markdown}, {files.Json} and {files.Svg} in {clock.Elapsed.TotalSeconds:N0} s");
        return 0;
    }
}
