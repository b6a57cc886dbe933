using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Triage.Classifier;
using Triage.Cli.Input;
using Triage.Cli.Signals;
using Triage.Scoring;
using Triage.Signals.Features;

namespace Triage.Cli.Scoring;

public static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Complaints, one contract §1 JSON object per line", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "One JSON line per scored complaint: {externalId, score, suspect, clusterId, route, reasons}", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: the shipped models/suspect-model.zip)" };
        var command = new Command("score",
            "Scores a file of complaints as one corpus, as the nightly rescoring does: repeats, shared identifiers and near-duplicates " +
            "are computed across the whole file. Needs no database or broker. Bad lines are reported on standard error and skipped.")
        {
            input, output, model,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(model), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo output, FileInfo? modelFile, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var model = SuspectModel.Load(modelFile?.FullName ?? new ScoringOptions().FullModelPath);
        var lines = await new ComplaintFile(input.FullName).ReadReportingErrorsAsync(cancellationToken);
        var readable = lines.Count(l => l.Facts is not null);
        if (readable == 0)
        {
            Console.Error.WriteLine("Nothing could be scored: no line is a valid complaint.");
            return 1;
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var results = await Progress.RunAsync("signals", readable,
            progress => new CorpusSignals(new SignalOptions()).ComputeAsync(lines, progress, cancellationToken));
        var signalSeconds = clock.Elapsed.TotalSeconds - readSeconds;
        var now = DateTimeOffset.UtcNow;
        var suspects = 0;
        await using (var writer = new StreamWriter(output.FullName, false, new UTF8Encoding(false)))
        {
            var ordered = results.OrderBy(r => r.Line.LineNumber).ToList();
            var decisions = ordered.Chunk(10_000)
                .SelectMany(chunk => ComplaintScorer.DecideBatch(model, chunk.Select(r => (r.Line.Facts!, r.Signals)).ToList(), SignalMode.Hindsight, null, now))
                .ToList();
            foreach (var ((line, _), decision) in ordered.Zip(decisions))
            {
                suspects += decision.Suspect ? 1 : 0;
                var route = decision.Suspect ? "fraud-review" : $"handling/{line.Facts!.Category ?? "other"}";
                await writer.WriteLineAsync(JsonSerializer.Serialize(new ScoredLine(line.Facts!.ExternalId, Math.Round(decision.Score, 4), decision.Suspect, null, route, decision.Reasons), Json));
            }
        }
        Console.Error.WriteLine($"scored {readable:N0} complaints with model {model.Metadata.Version}: {suspects:N0} suspect; " +
                                $"{lines.Count - readable:N0} bad lines skipped; {clock.Elapsed.TotalSeconds:N1} s " +
                                $"(reading {readSeconds:N1} s, signals {signalSeconds:N1} s, model and output {clock.Elapsed.TotalSeconds - readSeconds - signalSeconds:N1} s; " +
                                $"{readable / clock.Elapsed.TotalSeconds:N0} complaints/s)");
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
