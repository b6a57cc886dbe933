using System.CommandLine;
using System.Text.Json;
using Triage.Cli.Input;
using Triage.Corpus.Evaluation;
using Triage.Signals.Clusters;

namespace Triage.Cli.Evaluation;

public static class EvaluateRoutingCommand
{
    public static Command Create()
    {
        var labels = new Option<FileInfo>("--labels") { Description = "labels.jsonl from triage generate", Required = true, HelpName = "FILE" }.Existing();
        var scored = new Option<FileInfo>("--scored") { Description = "The output of triage score over the same corpus: {externalId, score, suspect, clusterId, route, reasons} per line", Required = true, HelpName = "FILE" }.Existing();
        var report = new Option<FileInfo?>("--report") { Description = "Also write the report here as markdown, and as JSON beside it (.json)", HelpName = "FILE" }.InExistingFolder();
        var complaints = new Option<FileInfo?>("--complaints")
        {
            Description = "The scored complaints themselves (complaints.jsonl): also cluster them as the rules baseline does (" + RulesClusters.Describe() +
                          ") and set its cluster figures beside Triage's (with --report, its JSON goes to .rules-baseline.json)",
            HelpName = "FILE",
        }.Existing();
        var command = new Command("evaluate-routing",
            "Measures routes and clusters against the generator's labels: suspect complaints in fraud-review, honest ones in handling, " +
            "rings found as clusters, the adjusted Rand index of clusters against rings and persons, honest members of ring clusters.")
        {
            labels, scored, report, complaints,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(labels)!, parse.GetValue(scored)!, parse.GetValue(report), parse.GetValue(complaints), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo labelFile, FileInfo scoredFile, FileInfo? reportFile, FileInfo? complaintFile, CancellationToken cancellationToken)
    {
        var labels = LabelFile.Read(labelFile.FullName);
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(scoredFile.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            if (String(json.RootElement, "externalId") is { } externalId)
                outcomes[externalId] = new Outcome(String(json.RootElement, "clusterId"), String(json.RootElement, "route"));
            else
                Console.Error.WriteLine($"line {lineNumber}: no externalId, left out");
        }

        var result = RoutingEvaluation.Evaluate(labels, outcomes);
        var markdown = result.ToMarkdown();
        RoutingReport? baseline = null;
        if (complaintFile is not null)
        {
            var facts = (await new ComplaintFile(complaintFile.FullName).ReadReportingErrorsAsync(cancellationToken)).Where(l => l.Facts is not null).Select(l => l.Facts!).ToList();
            var clusters = await RulesClusters.BuildAsync(facts, cancellationToken);
            var externalIds = facts.ToDictionary(f => f.Id, f => f.ExternalId);
            var clusterOf = clusters.SelectMany((members, n) => members.Select(m => (Id: externalIds[m], Cluster: $"RB-{n + 1}")))
                .Where(m => m.Id is not null).ToDictionary(m => m.Id!, m => m.Cluster, StringComparer.Ordinal);
            baseline = RoutingEvaluation.Evaluate(labels, outcomes.ToDictionary(o => o.Key, o => o.Value with { ClusterId = clusterOf.GetValueOrDefault(o.Key) }, StringComparer.Ordinal));
            markdown += "\n" + RoutingMarkdown.Compare(result, baseline, "rules baseline", RulesClusters.Describe());
        }
        Console.WriteLine(markdown);
        if (reportFile is not null)
        {
            File.WriteAllText(reportFile.FullName, markdown);
            File.WriteAllText(Path.ChangeExtension(reportFile.FullName, ".json"), result.ToJson());
            if (baseline is not null)
                File.WriteAllText(Path.ChangeExtension(reportFile.FullName, ".rules-baseline.json"), baseline.ToJson());
            Console.Error.WriteLine($"wrote {reportFile.FullName} and {Path.ChangeExtension(reportFile.Name, ".json")} beside it");
        }
        return labels.Count == 0 ? 1 : 0;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
