using System.CommandLine;
using System.Text.Json;
using Triage.Corpus.Evaluation;

namespace Triage.Cli.Evaluation;

public static class EvaluateRoutingCommand
{
    public static Command Create()
    {
        var labels = new Option<FileInfo>("--labels") { Description = "labels.jsonl from triage generate", Required = true, HelpName = "FILE" }.Existing();
        var scored = new Option<FileInfo>("--scored") { Description = "The output of triage score over the same corpus: {externalId, score, suspect, clusterId, route, reasons} per line", Required = true, HelpName = "FILE" }.Existing();
        var report = new Option<FileInfo?>("--report") { Description = "Also write the report here as markdown, and as JSON beside it (.json)", HelpName = "FILE" }.InExistingFolder();
        var command = new Command("evaluate-routing",
            "Measures routes and clusters against the generator's labels: suspect complaints in fraud-review, honest ones in handling, " +
            "rings found as clusters, the adjusted Rand index of clusters against rings and persons, honest members of ring clusters.")
        {
            labels, scored, report,
        };
        command.SetAction(parse => Run(parse.GetValue(labels)!, parse.GetValue(scored)!, parse.GetValue(report)));
        return command;
    }

    private static int Run(FileInfo labelFile, FileInfo scoredFile, FileInfo? reportFile)
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
        Console.WriteLine(markdown);
        if (reportFile is not null)
        {
            File.WriteAllText(reportFile.FullName, markdown);
            File.WriteAllText(Path.ChangeExtension(reportFile.FullName, ".json"), result.ToJson());
            Console.Error.WriteLine($"wrote {reportFile.FullName} and {Path.ChangeExtension(reportFile.Name, ".json")} beside it");
        }
        return labels.Count == 0 ? 1 : 0;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
