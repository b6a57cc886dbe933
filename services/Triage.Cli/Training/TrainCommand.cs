using System.CommandLine;
using System.Diagnostics;
using Triage.Classifier;
using Triage.Classifier.Evaluation;
using Triage.Cli.Hosting;
using Triage.Corpus;

namespace Triage.Cli.Training;

public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Directory with complaints.jsonl and labels.jsonl from `triage generate` (required without --from-db)", HelpName = "DIR" }.Existing();
        var output = new Option<string>("--out") { Description = "Model file; its metadata, text-only baseline and training report go beside it", DefaultValueFactory = _ => ModelPaths.DefaultModel, HelpName = "FILE" }.InExistingFolder();
        var seed = new Option<int>("--seed") { Description = "Seed of the split and the trainer", DefaultValueFactory = _ => new TrainerOptions().Seed, HelpName = "N" };
        var text = new Option<string>("--text") { Description = "Text features: char (character 1-3-grams), jieba (word 1-2-grams), or compare (train both, keep the better on validation; with --from-db: the active model's)", DefaultValueFactory = _ => "compare" };
        text.AcceptOnlyFromAmong("compare", "char", "jieba");
        var iterations = new Option<int>("--iterations") { Description = "Boosting iterations", DefaultValueFactory = _ => new TrainerOptions().NumberOfIterations, HelpName = "N" };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree", DefaultValueFactory = _ => new TrainerOptions().NumberOfLeaves, HelpName = "N" };
        var precision = PrecisionOption("Precision the routing threshold must reach on validation");
        var textHeldEven = TextHeldEvenOption();
        var honestRate = FalsePositiveOption();
        var corpus = new Option<string?>("--corpus") { Description = "How the training corpus was made, for the metadata, e.g. \"generate --seed 101 --complaints 60000\"", HelpName = "TEXT" };
        var fromDb = new Option<bool>("--from-db") { Description = "Train a candidate on generated plus the configured database's verdict-labelled complaints, compare it with the active model on held-out rows and register it (docs/retraining.md)" };
        var dataDir = ConfiguredHost.DataDirOption();
        var complaints = new Option<int>("--complaints") { Description = "With --from-db and no --data: generated training complaints", DefaultValueFactory = _ => 20_000, HelpName = "N" };
        var corpusSeed = new Option<int>("--corpus-seed") { Description = "With --from-db and no --data: seed of the generated training corpus", DefaultValueFactory = _ => 101, HelpName = "N" };
        var evalData = new Option<DirectoryInfo?>("--eval-data") { Description = "With --from-db: held-out corpus from `triage generate` with a seed never used for training [default: generated in process]", HelpName = "DIR" }.Existing();
        var evalSeed = new Option<int>("--eval-seed") { Description = "With --from-db and no --eval-data: seed of the generated held-out corpus", DefaultValueFactory = _ => 202, HelpName = "N" };
        var evalComplaints = new Option<int>("--eval-complaints") { Description = "With --from-db and no --eval-data: generated held-out complaints", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var promote = new Option<bool>("--promote") { Description = "With --from-db: make the candidate active when it beats the active model; exit code 3 when it does not" };
        var report = new Option<string>("--report") { Description = "With --from-db: folder of the candidate's report candidate-<version>.md, .json and .svg", DefaultValueFactory = _ => "reports", HelpName = "DIR" };
        var replace = new Option<bool>("--replace") { Description = "Write over a model that is already at --out (e.g. the shipped models/suspect-model.zip); without it train refuses before any work" };
        var command = new Command("train", "Trains the suspect classifier on a labelled corpus: split by group 70/15/15, calibrate and pick the threshold on validation, report on test. " +
                                           "With --from-db, trains a candidate for the model registry instead.")
        {
            data, output, seed, text, iterations, leaves, precision, honestRate, textHeldEven, corpus, fromDb, dataDir, complaints, corpusSeed, evalData, evalSeed, evalComplaints, promote, report, replace,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(fromDb) && result.GetValue(data) is null)
                result.AddError("--data is required (or --from-db).");
        });
        command.SetAction((parse, ct) =>
        {
            // Checked before any work, default path included (a validator does not see an option left at its default).
            if (!parse.GetValue(fromDb) && !parse.GetValue(replace) && File.Exists(parse.GetValue(output)))
            {
                Console.Error.WriteLine($"triage train: --out: {Path.GetFullPath(parse.GetValue(output)!)} exists already; name another file, or pass --replace to write over it.");
                return Task.FromResult(1);
            }
            var options = new TrainerOptions
            {
                Seed = parse.GetValue(seed),
                NumberOfIterations = parse.GetValue(iterations),
                NumberOfLeaves = parse.GetValue(leaves),
                PrecisionTarget = parse.GetValue(precision),
                FalsePositiveTarget = FalsePositiveTarget(parse.GetValue(honestRate)),
                Evidence = new() { NeutralTextShare = parse.GetValue(textHeldEven) },
            };
            if (parse.GetValue(fromDb) && parse.GetValue(data) is null && parse.GetValue(evalData) is null && parse.GetValue(corpusSeed) == parse.GetValue(evalSeed))
            {
                Console.Error.WriteLine("--eval-seed must differ from --corpus-seed: the held-out corpus must come from a seed never used for training.");
                return Task.FromResult(2);
            }
            return parse.GetValue(fromDb)
                ? TrainFromDatabase.RunAsync(new CandidateSettings(parse.GetValue(dataDir), parse.GetValue(data),
                    new CorpusOptions { Seed = parse.GetValue(corpusSeed), Complaints = parse.GetValue(complaints) }, parse.GetValue(evalData),
                    new CorpusOptions { Seed = parse.GetValue(evalSeed), Complaints = parse.GetValue(evalComplaints) }, options, parse.GetValue(text)!,
                    parse.GetValue(promote), parse.GetValue(report)!), ct)
                : RunAsync(parse.GetValue(data)!, parse.GetValue(output)!, options, parse.GetValue(text)!, parse.GetValue(corpus), ct);
        });
        return command;
    }

    // EvidenceOptions.NeutralTextShare: measured across writers in docs/classifier.md, not the shipped model's setting.
    public static Option<double> TextHeldEvenOption()
    {
        var option = new Option<double>("--text-held-even")
        {
            Description = "Share of the evidence fit in which the text sub-score is held even, so that behaviour separates the rows on its own too (0 to 1; docs/classifier.md)",
            DefaultValueFactory = _ => new Triage.Classifier.Evidence.EvidenceOptions().NeutralTextShare,
            HelpName = "S",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var share && (share < 0 || share > 1 || double.IsNaN(share)))
                result.AddError($"--text-held-even: {share.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a share from 0 to 1.");
        });
        return option;
    }

    public static Option<double> PrecisionOption(string description) =>
        new("--precision") { Description = description, DefaultValueFactory = _ => new TrainerOptions().PrecisionTarget, HelpName = "P" };

    // The largest share of validation's honest complaints the routing threshold may flag, beside the precision it must
    // reach: the higher of the two thresholds is kept. 0 turns the bound off.
    public static Option<double> FalsePositiveOption()
    {
        var option = new Option<double>("--honest-flag-rate")
        {
            Description = "Largest share of validation's honest complaints the routing threshold may flag, beside --precision (the higher threshold wins; 0: no bound)",
            DefaultValueFactory = _ => new TrainerOptions().FalsePositiveTarget ?? 0,
            HelpName = "R",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var rate && (rate < 0 || rate >= 1 || double.IsNaN(rate)))
                result.AddError($"--honest-flag-rate: {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a share from 0 to below 1.");
        });
        return option;
    }

    public static double? FalsePositiveTarget(double rate) => rate > 0 ? rate : null;

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
