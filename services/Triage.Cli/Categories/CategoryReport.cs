using System.Diagnostics;
using Triage.Corpus;
using Triage.Signals.Categories;

namespace Triage.Cli.Categories;

// Measures one way of inferring categories after another on the same complaints, printing each in full and all of
// them side by side at the end. Honest complaints are the ones routing sends to handling, so they get their own table.
public sealed class CategoryReport(IReadOnlyList<CategorisedText> complaints, IReadOnlyDictionary<string, string>? kinds)
{
    private readonly List<(string Method, double All, double Honest, double Genuine, double PerSecond)> _summary = [];

    public double Measure(string method, Func<string, string> infer)
    {
        infer(complaints[0].Text);
        var clock = Stopwatch.StartNew();
        var inferred = complaints.Select(c => infer(c.Text)).ToArray();
        var perSecond = complaints.Count / clock.Elapsed.TotalSeconds;

        var all = new ConfusionTable(CategoryInference.Categories);
        var honest = new ConfusionTable(CategoryInference.Categories);
        var byKind = new SortedDictionary<string, ConfusionTable>(StringComparer.Ordinal);
        for (var i = 0; i < complaints.Count; i++)
        {
            all.Add(complaints[i].Category, inferred[i]);
            if (kinds is null || complaints[i].ExternalId is not { } id || !kinds.TryGetValue(id, out var kind))
                continue;
            if (!ComplaintKind.IsSuspect(kind))
                honest.Add(complaints[i].Category, inferred[i]);
            if (!byKind.TryGetValue(kind, out var table))
                byKind[kind] = table = new ConfusionTable(CategoryInference.Categories);
            table.Add(complaints[i].Category, inferred[i]);
        }
        Console.WriteLine();
        all.Print(Console.Out, $"{method}, every complaint with a desk category ({perSecond:N0} complaints/s on one thread)");
        if (kinds is not null)
        {
            honest.Print(Console.Out, $"{method}, honest complaints only (the ones routing sends to handling)");
            Console.WriteLine($"{method}, accuracy by kind:");
            foreach (var (kind, table) in byKind)
                Console.WriteLine($"  {kind,-20}{table.Accuracy,8:0.000}{table.Total,8}");
        }
        _summary.Add((method, all.Accuracy, honest.Accuracy, byKind.TryGetValue(ComplaintKind.Genuine, out var genuine) ? genuine.Accuracy : double.NaN, perSecond));
        return all.Accuracy;
    }

    public void PrintSummary()
    {
        Console.WriteLine();
        Console.WriteLine($"{"method",-30}{"all",8}{"honest",8}{"genuine",9}{"per s",10}");
        foreach (var (method, all, honest, genuine, perSecond) in _summary)
            Console.WriteLine($"{method,-30}{all,8:0.000}{(kinds is null ? "-" : honest.ToString("0.000")),8}{(double.IsNaN(genuine) ? "-" : genuine.ToString("0.000")),9}{perSecond,10:N0}");
    }
}
