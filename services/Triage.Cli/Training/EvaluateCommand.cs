using System.CommandLine;
using System.Diagnostics;
using Triage.Classifier;
using Triage.Classifier.Evaluation;

namespace Triage.Cli.Training;

public static class EvaluateCommand
{
    private const int DefaultTrainSeed = 101;

    public static Command Create()
    {
        var crossFamily = new Option<bool>("--cross-family") { Description = "Train on writer family a and test on family b, and the reverse, beside the text-only model, the unconstrained LightGBM and the rules baseline; writes cross-family.md and .json into --report" };
        // --cross-family trains its own models: --model only names the default report folder there.
        var model = new Option<string>("--model") { Description = "Model file (its metadata JSON beside it; a .text-only.zip beside it is scored as a baseline)", DefaultValueFactory = _ => ModelPaths.DefaultModel, HelpName = "FILE" }.ExistingFile(unless: crossFamily);
        var data = new Option<DirectoryInfo?>("--data") { Description = "Directory with complaints.jsonl and labels.jsonl, from a seed never used in training (required without --cross-family)", HelpName = "DIR" }.Existing();
        var trainSeed = new Option<int>("--train-seed") { Description = "With --cross-family: seed of the training corpora", DefaultValueFactory = _ => DefaultTrainSeed, HelpName = "N" };
        var testSeeds = new Option<int[]>("--test-seeds") { Description = "With --cross-family: seeds of the test corpora", DefaultValueFactory = _ => [202, 203], HelpName = "N", AllowMultipleArgumentsPerToken = true };
        var surface = new Option<bool>("--surface-noise") { Description = "With --cross-family: train on corpora with per-person surface noise" };
        var textWeight = new Option<double>("--max-text-weight") { Description = "With --cross-family: the text sub-score's largest weight (its share stays within ±4 × this)", DefaultValueFactory = _ => new Triage.Classifier.Evidence.EvidenceOptions().MaxTextWeight, HelpName = "W" };
        var textHeldEven = TrainCommand.TextHeldEvenOption();
        var honestRate = TrainCommand.FalsePositiveOption();
        var precision = TrainCommand.PrecisionOption("With --cross-family: the precision each scorer's threshold must reach on the training family's validation split");
        var ablation = new Option<bool>("--ablation") { Description = "With --cross-family: also fit the evidence terms without the text sub-score, with other text weights, without the lexicon counts or with them bounded, on the same text model" };
        var variants = new Option<string[]>("--variants") { Description = "With --ablation: only the variants whose names contain one of these (the model is always fitted)", HelpName = "TEXT", AllowMultipleArgumentsPerToken = true };
        var pairs = new Option<string[]>("--pairs") { Description = "With --cross-family: training and test families as TRAIN:TEST (a, b, c, or mixed to train on a and b together)", DefaultValueFactory = _ => ["a:b", "b:a"], HelpName = "TRAIN:TEST", AllowMultipleArgumentsPerToken = true };
        var complaints = new Option<int>("--complaints") { Description = "With --cross-family: complaints per generated corpus", DefaultValueFactory = _ => 20_000, HelpName = "N" };
        var report = new Option<DirectoryInfo?>("--report") { Description = "Where to write <model>.evaluation.md, .json and .svg [default: beside the model]", HelpName = "DIR" };
        var against = new Option<string?>("--against") { Description = "Another model file (e.g. the one active now): scored on the same rows, and the promotion rule's verdict on the model against it", HelpName = "FILE" }.ExistingFile();
        var personBar = new Option<double>("--person-bar") { Description = "The person step's bar: in hindsight a filing not suspect on its own is raised to the threshold when a filing of the same person within 30 days is suspect with a score of at least this (above 1: filings decided alone)", DefaultValueFactory = _ => PersonStep.Default.Bar, HelpName = "SCORE" };
        var pooledTerms = new Option<int>("--person-pooled-terms") { Description = $"The person step's pooled way: a filing not suspect on its own is raised to the threshold when its person filed at least {PersonStep.Default.PooledFilings} times within 30 days, those filings name at least this many waiver demands and threats together and another of them is suspect with a score of at least --person-pooled-bar (0: off)", DefaultValueFactory = _ => PersonStep.Default.PooledTerms, HelpName = "N" };
        var pooledBar = new Option<double>("--person-pooled-bar") { Description = "The pooled way's bar: the other filing's least score (never below the threshold)", DefaultValueFactory = _ => PersonStep.Default.PooledBar, HelpName = "SCORE" };
        var refusing = new Option<int>("--person-refusing-filings") { Description = $"The person step's refusing way: a filing not suspect on its own is raised to the threshold when its person filed at least {PersonStep.Default.PooledFilings} times within 30 days and this many of those filings refuse every offer (不接受任何方案, 不达目的不罢休) (0: off)", DefaultValueFactory = _ => PersonStep.Default.RefusingFilings, HelpName = "N" };
        var outfit = new Option<int>("--outfit-sharers") { Description = "The person step's outfit way: a filing not suspect on its own is raised to the threshold when it shares rare sentences with at least this many people whose texts are filed behind an agent identifier five or more people stand behind (0: off)", DefaultValueFactory = _ => PersonStep.Default.OutfitSharers, HelpName = "N" };
        var corpus = new Option<string?>("--corpus") { Description = "How the corpus was made, for the report, e.g. \"generate --seed 202 --complaints 60000\"", HelpName = "TEXT" };
        var command = new Command("evaluate", "Scores a whole labelled corpus with a trained model and its baselines and writes the evaluation report.")
        {
            model, data, report, corpus, against, crossFamily, trainSeed, testSeeds, complaints, surface, textWeight, textHeldEven, precision, honestRate, ablation, variants, pairs, personBar, pooledTerms, pooledBar, refusing, outfit,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(crossFamily) && result.GetValue(data) is null)
                result.AddError("--data is required (or --cross-family).");
            foreach (var pair in result.GetValue(pairs)!)
                if (pair.Split(':') is not [var train, var test] || !Triage.Corpus.Writers.WriterChoice.All.Contains(train) || !Triage.Corpus.Writers.WriterChoice.All.Contains(test) || test == "mixed")
                    result.AddError($"--pairs: '{pair}' is not TRAIN:TEST with families a, b, c (mixed only to train).");
            // A command's validator sees no default of an option left off the command line (GetValue gives 0 there).
            var trainingSeed = result.GetResult(trainSeed) is { } given ? given.GetValueOrDefault<int>() : DefaultTrainSeed;
            if (result.GetValue(crossFamily) && result.GetValue(testSeeds)!.Contains(trainingSeed))
                result.AddError("--test-seeds must not contain --train-seed.");
        });
        command.SetAction((parse, ct) =>
        {
            var step = PersonStep.Default with { Bar = parse.GetValue(personBar), PooledTerms = parse.GetValue(pooledTerms), PooledBar = parse.GetValue(pooledBar), RefusingFilings = parse.GetValue(refusing),
                OutfitSharers = parse.GetValue(outfit) };
            var trainer = new TrainerOptions { PrecisionTarget = parse.GetValue(precision), FalsePositiveTarget = TrainCommand.FalsePositiveTarget(parse.GetValue(honestRate)), Evidence = new() { MaxTextWeight = parse.GetValue(textWeight), NeutralTextShare = parse.GetValue(textHeldEven) } };
            return parse.GetValue(crossFamily)
            ? CrossFamilyAsync(new CrossFamilyEvaluation(trainer, parse.GetValue(complaints), parse.GetValue(trainSeed), parse.GetValue(testSeeds)!, parse.GetValue(surface),
                parse.GetValue(ablation) ? CrossFamilyEvaluation.Ablation(trainer.Evidence, parse.GetValue(variants)) : null,
                parse.GetValue(pairs)!.Select(p => p.Split(':')).Select(p => (p[0], p[1])).ToList(), step),
                parse.GetValue(report)?.FullName ?? Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(model)!))!, ct)
            : RunAsync(parse.GetValue(model)!, parse.GetValue(data)!, parse.GetValue(report), parse.GetValue(corpus), parse.GetValue(against), step, ct);
        });
        return command;
    }

    private static async Task<int> CrossFamilyAsync(CrossFamilyEvaluation evaluation, string directory, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cells = await evaluation.RunAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        var markdown = evaluation.Markdown(cells) + $"\nThe whole evaluation took {clock.Elapsed.TotalSeconds:N0} s.\n";
        File.WriteAllText(Path.Combine(directory, "cross-family.md"), markdown);
        File.WriteAllText(Path.Combine(directory, "cross-family.json"), CrossFamilyEvaluation.Json(cells) + "\n");
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"wrote {Path.Combine(directory, "cross-family.md")} and .json in {clock.Elapsed.TotalSeconds:N0} s");
        return 0;
    }

    private static async Task<int> RunAsync(string modelPath, DirectoryInfo data, DirectoryInfo? reportDirectory, string? corpus, string? againstPath,
        PersonStep step, CancellationToken cancellationToken)
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
        var persons = LabelledRow.PersonPositions(rows);
        var evidence = PersonEvidence.Of(inputs);
        var scorers = new List<ScorerResult>
        {
            new("model", (model.Metadata.Features == FeatureSet.EvidenceAndText ? "monotone evidence terms and a bounded text sub-score" : "text n-grams and signals") + "; in hindsight, the person step",
                rows, step.Apply(throughput.Scores, model.Metadata.Threshold, persons, evidence), model.Metadata.Threshold),
            new("model, filings decided alone", "the same model without the person step", rows, throughput.Scores, model.Metadata.Threshold),
        };
        var notes = new List<string> { throughput.Describe(), $"Person step: {step.Describe()}." };
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
        scorers.Add(RulesBaseline.Evaluate(rows));
        if (againstPath is not null)
        {
            var before = SuspectModel.Load(againstPath);
            var result = new ScorerResult("model before", $"{before.Metadata.Version} ({before.Metadata.Features}); in hindsight, the person step", rows,
                step.Apply(before.ScoreBatch(inputs), before.Metadata.Threshold, persons, evidence), before.Metadata.Threshold);
            scorers.Insert(1, result);
            var comparison = Triage.Classifier.Promotion.PromotionRule.Compare(model.Metadata.Version, scorers[0], before.Metadata.Version, result, data.Name);
            notes.Add($"Promotion rule against {before.Metadata.Version}: {comparison.Verdict}.");
            Console.Error.WriteLine($"promotion rule against {before.Metadata.Version}: {comparison.Verdict}");
        }

        var description = $"{corpus ?? data.Name} ({rows.Count:N0} complaints, {rows.Count(r => r.Suspect):N0} suspect), all of it";
        var report = new EvaluationReport("Evaluation report", description, model.Metadata, scorers, [], [], notes);
        var directory = reportDirectory?.FullName ?? Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
        var files = ReportFiles.Write(report, directory, ModelPaths.ReportName(modelPath, "evaluation"));
        Console.WriteLine(File.ReadAllText(files.Markdown));
        Console.Error.WriteLine($"wrote {files.Markdown}, {files.Json} and {files.Svg} in {clock.Elapsed.TotalSeconds:N0} s");
        return 0;
    }
}
