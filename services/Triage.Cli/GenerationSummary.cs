using Spectre.Console;
using Triage.Corpus;
using Triage.Corpus.Wire;

namespace Triage.Cli;

public sealed class GenerationSummary
{
    private readonly Dictionary<string, int> kinds = ComplaintKind.All.ToDictionary(k => k, _ => 0);

    public int Total { get; private set; }
    public int Suspect { get; private set; }

    public void Add(ComplaintLabel label)
    {
        Total++;
        kinds[label.Kind]++;
        if (label.Suspect) Suspect++;
    }

    public void Print(string directory, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("kind").AddColumn(new TableColumn("complaints").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        foreach (var (kind, count) in kinds)
            table.AddRow(kind, count.ToString("N0"), $"{(double)count / Math.Max(1, Total):P1}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{Total:N0} complaints, suspect share {(double)Suspect / Math.Max(1, Total):P1}, in {elapsed.TotalSeconds:N1} s → {directory}");
    }
}
