using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Triage.Classifier;
using Triage.Cli.Input;
using Triage.Cli.Signals;
using Triage.Scoring;
using Triage.Routing;
using Triage.Signals.Categories;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Cli.Scoring;

public static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Complaints, one wire-format complaint (docs/wire-format.md) per line", Required = true }.Existing();
        var output = new Option<FileInfo>("--output") { Description = "One JSON line per scored complaint: {externalId, score, suspect, clusterId, route, reasons}", Required = true }.InExistingFolder();
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: the shipped models/suspect-model.zip)" }.Existing();
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
        // The model loads while the file is read.
        var loading = Task.Run(() => SuspectModel.Load(modelFile?.FullName ?? new ScoringOptions().FullModelPath), cancellationToken);
        var lines = await new ComplaintFile(input.FullName).ReadReportingErrorsAsync(cancellationToken);
        var model = await loading;
        var readable = lines.Count(l => l.Facts is not null);
        if (readable == 0)
        {
            Console.Error.WriteLine("Nothing could be scored: no line is a valid complaint.");
            return 1;
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var clusterOptions = new ClusterOptions();
        var signalOptions = new SignalOptions();
        var corpus = new CorpusSignals(signalOptions, new ClusterLinkFinder(clusterOptions, signalOptions.Hubs));
        var results = await Progress.RunAsync("signals", readable, progress => corpus.AnalyseAsync(lines, progress, cancellationToken));
        var signalSeconds = clock.Elapsed.TotalSeconds - readSeconds;
        var now = DateTimeOffset.UtcNow;
        var ordered = results.OrderBy(r => r.Line.LineNumber).ToList();
        // A line without an external id is named by its number in the file.
        var lineOf = ordered.ToDictionary(r => r.Line.Facts!.Id, r => r.Line.LineNumber);
        var decisions = ComplaintScorer.DecideInHindsight(model, ordered.Select(r => (r.Line.Facts!, r.Signals)).ToList(), null, now, PersonStep.Default,
            f => $"第 {lineOf[f.Id]} 行");
        var clusters = CorpusClusters.Build(clusterOptions, ordered.Select(r => r.Line.Facts!).ToList(), ordered.SelectMany(r => r.Links),
            ordered.Select((r, i) => (r.Line.Facts!.Id, decisions[i].Score)).ToDictionary(), corpus.Rarity);
        var router = new RouteDecider();
        var suspects = 0;
        var fraudReview = 0;
        await using (var writer = new StreamWriter(output.FullName, false, new UTF8Encoding(false)))
        {
            foreach (var ((line, _, _), decision) in ordered.Zip(decisions))
            {
                var facts = line.Facts!;
                suspects += decision.Suspect ? 1 : 0;
                var cluster = clusters.GetValueOrDefault(facts.Id);
                var route = router.Decide(new RouteFacts(decision.Score, decision.Suspect, decision.ModelVersion, cluster, facts.Category),
                    () => CategoryInference.Infer(facts.Text));
                fraudReview += route.IsFraudReview ? 1 : 0;
                await writer.WriteLineAsync(JsonSerializer.Serialize(
                    new ScoredLine(facts.ExternalId, Math.Round(decision.Score, 4), decision.Suspect, cluster?.Id, route.Destination,
                        ReasonWriter.WithRoute(decision.Reasons, route.Destination, route.Reason)), Json));
            }
        }
        var clusterCount = clusters.Values.Select(c => c.Id).Distinct().Count();
        var flagged = clusters.Values.Where(c => c.Suspect).Select(c => c.Id).Distinct().Count();
        Console.Error.WriteLine($"{clusterCount:N0} clusters ({flagged:N0} suspect); {fraudReview:N0} complaints routed to fraud-review");
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
