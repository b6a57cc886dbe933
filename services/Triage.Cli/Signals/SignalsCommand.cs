using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Triage.Cli.Input;
using Triage.Signals.Features;

namespace Triage.Cli.Signals;

public static class SignalsCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Complaints, one wire-format complaint (docs/wire-format.md) per line", Required = true }.Existing();
        var output = new Option<FileInfo>("--output") { Description = "CSV of externalId and every signal, one row per complaint", Required = true }.InExistingFolder();
        var labels = new Option<FileInfo?>("--labels") { Description = "labels.jsonl from `triage generate`: also print each signal's mean per kind" }.Existing();
        var command = new Command("signals", "Computes the signal vector of every complaint in a file, in hindsight (the whole file is the corpus).")
        {
            input, output, labels,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(labels), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo output, FileInfo? labels, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var lines = await new ComplaintFile(input.FullName).ReadReportingErrorsAsync(cancellationToken);
        var readable = lines.Count(l => l.Facts is not null);
        if (readable == 0)
        {
            Console.Error.WriteLine("No complaint could be read.");
            return 1;
        }
        Console.Error.WriteLine($"read {readable:N0} complaints ({lines.Count - readable:N0} bad lines) in {clock.Elapsed.TotalSeconds:N1} s");

        var results = await Progress.RunAsync("signals", readable,
            progress => new CorpusSignals(new SignalOptions()).ComputeAsync(lines, progress, cancellationToken));

        await using (var writer = new StreamWriter(output.FullName, false, new UTF8Encoding(false)))
        {
            await writer.WriteLineAsync("externalId," + string.Join(',', SignalNames.All));
            foreach (var (line, signals) in results)
                await writer.WriteLineAsync($"{line.Facts!.ExternalId},{string.Join(',', signals.ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)))}");
        }
        Console.Error.WriteLine($"wrote {results.Count:N0} rows to {output.FullName} in {clock.Elapsed.TotalSeconds:N1} s ({results.Count / clock.Elapsed.TotalSeconds:N0} complaints/s)");

        if (labels is not null)
            await PrintMeansByKindAsync(results, labels, cancellationToken);
        return 0;
    }

    private static async Task PrintMeansByKindAsync(IReadOnlyList<(ComplaintLine Line, SignalVector Signals)> results, FileInfo labels, CancellationToken cancellationToken)
    {
        var kinds = new Dictionary<string, string>();
        await foreach (var line in File.ReadLinesAsync(labels.FullName, cancellationToken))
        {
            using var label = JsonDocument.Parse(line);
            kinds[label.RootElement.GetProperty("externalId").GetString()!] = label.RootElement.GetProperty("kind").GetString()!;
        }
        var byKind = results.Where(r => r.Line.Facts!.ExternalId is { } id && kinds.ContainsKey(id))
            .GroupBy(r => kinds[r.Line.Facts!.ExternalId!]).OrderBy(g => g.Key).ToList();
        Console.WriteLine("signal," + string.Join(',', byKind.Select(g => $"{g.Key}({g.Count()})")));
        for (var i = 0; i < SignalNames.All.Count; i++)
        {
            var index = i;
            Console.WriteLine(SignalNames.All[i] + "," + string.Join(',', byKind.Select(g => g.Average(r => r.Signals.Values[index]).ToString("0.###", CultureInfo.InvariantCulture))));
        }
    }
}
