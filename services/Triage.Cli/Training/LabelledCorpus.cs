using System.Text.Json;
using Triage.Classifier;
using Triage.Classifier.Evaluation;
using Triage.Cli.Input;
using Triage.Cli.Signals;
using Triage.Signals.Features;

namespace Triage.Cli.Training;

// DIR/complaints.jsonl with DIR/labels.jsonl from `triage generate`, with hindsight signals over the whole file.
public static class LabelledCorpus
{
    public static async Task<IReadOnlyList<LabelledRow>> ReadAsync(DirectoryInfo data, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, (bool Suspect, string Kind, string Group)>();
        await foreach (var line in File.ReadLinesAsync(Path.Combine(data.FullName, "labels.jsonl"), cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var label = JsonDocument.Parse(line).RootElement;
            labels[label.GetProperty("externalId").GetString()!] =
                (label.GetProperty("suspect").GetBoolean(), label.GetProperty("kind").GetString()!, label.GetProperty("group").GetString()!);
        }

        var lines = new List<ComplaintLine>();
        await foreach (var line in new ComplaintFile(Path.Combine(data.FullName, "complaints.jsonl")).ReadAsync(cancellationToken))
        {
            if (line.Error is not null)
                Console.Error.WriteLine($"line {line.LineNumber}: {line.Error}");
            lines.Add(line);
        }
        var readable = lines.Count(l => l.Facts is not null);
        Console.Error.WriteLine($"read {readable:N0} complaints and {labels.Count:N0} labels from {data.FullName}");
        var signals = await Progress.RunAsync("signals", readable,
            progress => new CorpusSignals(new SignalOptions()).ComputeAsync(lines, progress, cancellationToken));

        var unlabelled = signals.Count(s => s.Line.Facts!.ExternalId is not { } id || !labels.ContainsKey(id));
        if (unlabelled > 0)
            Console.Error.WriteLine($"{unlabelled:N0} complaints have no label and are left out");
        var externalIds = signals.Where(s => s.Line.Facts!.ExternalId is not null).ToDictionary(s => s.Line.Facts!.Id, s => s.Line.Facts!.ExternalId!);
        var step = PersonStep.Default;
        return signals.Where(s => s.Line.Facts!.ExternalId is { } id && labels.ContainsKey(id))
            .AsParallel().AsOrdered()
            .Select(s =>
            {
                var facts = s.Line.Facts!;
                var label = labels[facts.ExternalId!];
                return new LabelledRow(facts.ExternalId!, label.Kind, label.Group, facts.Text, ClassifierInput.From(facts.Text, s.Signals, label.Suspect))
                {
                    Person = s.Signals.Person.Where(f => step.Within(f.At, facts.ReceivedAt) && externalIds.ContainsKey(f.ComplaintId))
                        .Select(f => externalIds[f.ComplaintId]).ToArray(),
                };
            })
            .ToList();
    }
}
