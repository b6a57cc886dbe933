using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Triage.Cli.Input;
using Triage.Signals.Categories;

namespace Triage.Cli.Categories;

public static class CategoriesCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Complaints, one wire-format complaint (docs/wire-format.md) per line; those with a desk category are the ground truth", Required = true }.Existing();
        var labels = new Option<FileInfo?>("--labels") { Description = "labels.jsonl from `triage generate`: also measure honest complaints alone and each kind" }.Existing();
        var train = new Option<FileInfo?>("--train") { Description = "Another corpus (never the --input one) to train a new n-grams model on, measured beside the shipped one" }.Existing();
        var save = new Option<FileInfo?>("--save") { Description = "Where to write the model trained with --train (the shipped one is models/Triage.Signals/Categories/category-model.txt)" }.InExistingFolder();
        var command = new Command("categories",
            "Measures category inference against the desk's categories: the lexicon alone, the n-grams model alone and both as " +
            "routing uses them. Prints accuracy, per-category precision and recall, and confusion tables. With --train, trains a new model.")
        {
            input, labels, train, save,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(input)!, parse.GetValue(labels), parse.GetValue(train), parse.GetValue(save), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo? labelsFile, FileInfo? trainFile, FileInfo? saveFile, CancellationToken cancellationToken)
    {
        var complaints = await ReadAsync(input, cancellationToken);
        if (complaints.Count == 0)
        {
            Console.Error.WriteLine("No complaint with a desk category could be read.");
            return 1;
        }
        var report = new CategoryReport(complaints, labelsFile is null ? null : await ReadKindsAsync(labelsFile, cancellationToken));
        var categories = CategoryInference.Categories;
        report.Measure("lexicon", CategoryInference.FromLexicon);
        report.Measure("model", t => categories[CategoryInference.Model.Predict(t).Category]);
        report.Measure("inference", CategoryInference.Infer);
        if (trainFile is not null)
        {
            var training = await ReadAsync(trainFile, cancellationToken);
            var clock = Stopwatch.StartNew();
            var model = CategoryModelTrainer.Train(training);
            Console.WriteLine($"trained on {training.Count:N0} complaints of {trainFile.FullName} in {clock.Elapsed.TotalSeconds:N1} s: {model.Vocabulary.Ngrams.Count:N0} n-grams");
            var alone = report.Measure("trained model", t => categories[model.Predict(t).Category]);
            var inference = report.Measure("inference with trained model", t => CategoryInference.Infer(t, model));
            if (saveFile is not null)
                await SaveAsync(model, saveFile, trainFile, training.Count, input, alone, inference);
        }
        report.PrintSummary();
        return 0;
    }

    private static async Task SaveAsync(CategoryModel model, FileInfo file, FileInfo trainFile, int trained, FileInfo input, double alone, double inference)
    {
        string[] notes =
        [
            "Category model: SDCA maximum entropy (ML.NET) over character 1- and 2-grams, see CategoryNgrams. Written by",
            $"`triage categories --train {trainFile.Directory?.Name}/{trainFile.Name} --save …` from {trained:N0} complaints with a desk category.",
            $"Measured on {input.Directory?.Name}/{input.Name}: accuracy alone {alone.ToString("0.000", CultureInfo.InvariantCulture)}, " +
            $"behind the lexicon {inference.ToString("0.000", CultureInfo.InvariantCulture)}. Columns: bias or n-gram, then one weight per category:",
            string.Join(' ', CategoryInference.Categories),
        ];
        await using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false));
        model.Write(writer, notes);
        Console.WriteLine($"wrote {file.FullName}");
    }

    private static async Task<List<CategorisedText>> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var lines = await new ComplaintFile(file.FullName).ReadReportingErrorsAsync(cancellationToken);
        return lines.Where(l => l.Facts?.Category is not null)
            .Select(l => new CategorisedText(l.Facts!.ExternalId, l.Facts.Text, l.Facts.Category!))
            .ToList();
    }

    private static async Task<Dictionary<string, string>> ReadKindsAsync(FileInfo labels, CancellationToken cancellationToken)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var line in File.ReadLinesAsync(labels.FullName, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var label = JsonDocument.Parse(line);
            kinds[label.RootElement.GetProperty("externalId").GetString()!] = label.RootElement.GetProperty("kind").GetString()!;
        }
        return kinds;
    }
}
