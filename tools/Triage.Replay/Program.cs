using Triage.Corpus.Evaluation;
using Triage.Replay;
using Triage.Replay.Api;

var options = ReplayOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(ReplayOptions.Usage);
    return args.Contains("--help") ? 0 : 2;
}
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var lines = CorpusLine.ReadAll(Path.Combine(options.Corpus, "complaints.jsonl"));
var labels = LabelFile.Read(Path.Combine(options.Corpus, "labels.jsonl"));
using var api = new TriageApi(options.Url, options.ApiKey);

Submitted submitted;
Waited waited;
RoutingReport report;
try
{
    submitted = await Submission.RunAsync(api, lines, options, stop.Token);
    Console.Error.WriteLine(submitted.Describe());
    waited = await RoutingWait.RunAsync(api, submitted, options, stop.Token);
    Console.Error.WriteLine(waited.Describe());
    report = RoutingEvaluation.Evaluate(labels, await RoutedComplaints.FetchAsync(api, submitted, stop.Token));
}
catch (HttpRequestException exception)
{
    Console.Error.WriteLine($"gave up: {exception.Message}");
    return 1;
}

var markdown = ReplayReport.Markdown(options, submitted, waited, report);
Console.WriteLine(markdown);
if (options.Report is { } path)
{
    File.WriteAllText(path, markdown);
    File.WriteAllText(Path.ChangeExtension(path, ".json"), report.ToJson());
}
return waited.AllRouted ? 0 : 1;
