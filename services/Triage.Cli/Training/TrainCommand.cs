using System.CommandLine;
using System.Diagnostics;
using Triage.Classifier;
using Triage.Classifier.Evaluation;

namespace Triage.Cli.Training;

public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Directory with complaints.jsonl and labels.jsonl from `triage generate`", Required = true, HelpName = "DIR" };
        var output = new Option<string>("--out") { Description = "Model file; its metadata, text-only baseline and training report go beside it", DefaultValueFactory = _ => ModelPaths.DefaultModel, HelpName = "FILE" };
        var seed = new Option<int>("--seed") { Description = "Seed of the split and the trainer", DefaultValueFactory = _ => new TrainerOptions().Seed, HelpName = "N" };
        var text = new Option<string>("--text") { Description = "Text features: char (character 1-3-grams), jieba (word 1-2-grams), or compare (train both, keep the better on validation)", DefaultValueFactory = _ => "compare" };
        text.AcceptOnlyFromAmong("compare", "char", "jieba");
        var iterations = new Option<int>("--iterations") { Description = "Boosting iterations", DefaultValueFactory = _ => new TrainerOptions().NumberOfIterations, HelpName = "N" };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree", DefaultValueFactory = _ => new TrainerOptions().NumberOfLeaves, HelpName = "N" };
        var precision = new Option<double>("--precision") { Description = "Precision the routing threshold must reach on validation", DefaultValueFactory = _ => new TrainerOptions().PrecisionTarget, HelpName = "P" };
        var corpus = new Option<string?>("--corpus") { Description = "How the training corpus was made, for the metadata, e.g. \"generate --seed 101 --complaints 60000\"", HelpName = "TEXT" };
        var command = new Command("train", "Trains the suspect classifier on a labelled corpus: split by group 70/15/15, calibrate and pick the threshold on validation, report on test.")
        {
            data, output, seed, text, iterations, leaves, precision, corpus,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(data)!, parse.GetValue(output)!, new TrainerOptions
        {
            Seed = parse.GetValue(seed),
            NumberOfIterations = parse.GetValue(iterations),
            NumberOfLeaves = parse.GetValue(leaves),
            PrecisionTarget = parse.GetValue(precision),
        }, parse.GetValue(text)!, parse.GetValue(corpus), ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo data, string output, TrainerOptions options, string text, string? corpus, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var rows = await LabelledCorpus.ReadAsync(data, cancellationToken);
        if (rows.Count == 0)
        {
            Console.Error.WriteLine("No labelled complaint could be read.");
            return 1;
        }
        var description = $"{corpus ?? data.Name} ({rows.Count:N0} complaints, {rows.Count(r => r.Suspect):N0} suspect)";
        TextFeatures[] candidates = text switch
        {
            "char" => [TextFeatures.CharNgrams],
            "jieba" => [TextFeatures.JiebaWords],
            _ => [TextFeatures.CharNgrams, TextFeatures.JiebaWords],
        };
        var outcome = new TrainingRun(new ModelTrainer(options), message => Console.Error.WriteLine(message)).Run(rows, candidates);

        var trainedAt = DateTimeOffset.UtcNow;
        var metadata = outcome.Model.Save(output, description, outcome.Test.Count, outcome.ModelOnTest.Metrics, trainedAt);
        outcome.TextOnly.Save(ModelPaths.TextOnly(output), description, outcome.Test.Count, outcome.TextOnlyOnTest.Metrics, trainedAt);
        var report = new EvaluationReport("Training report (test split)",
            $"the test split of {description}: {outcome.Test.Count:N0} complaints whose groups hash to test with seed {options.Seed}",
            metadata, [outcome.ModelOnTest, outcome.TextOnlyOnTest, outcome.KeywordsOnTest], outcome.Comparison,
            [
                new NamedCalibration("LightGBM's own Platt calibration", outcome.Model.TrainerCalibration),
                new NamedCalibration("as shipped", outcome.Model.Validation.Calibration),
            ],
            [$"Trainer: {metadata.Trainer}; text features: {metadata.TextFeaturizer}", $"Training took {outcome.Model.TrainingTime.TotalSeconds:N0} s for the model; the whole command {clock.Elapsed.TotalSeconds:N0} s"]);
        var files = ReportFiles.Write(report, Path.GetDirectoryName(Path.GetFullPath(output))!, ModelPaths.ReportName(output, "training"));
        Console.WriteLine(File.ReadAllText(files.Markdown));
        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:N0} KiB, {metadata.Version}), its metadata, the text-only baseline and {files.Markdown} in {clock.Elapsed.TotalSeconds:N0} s");
        return 0;
    }
}
