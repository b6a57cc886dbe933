using System.Globalization;

namespace Triage.Cli.Categories;

// Desk categories against inferred ones: accuracy, per-category precision and recall, and the table itself.
public sealed class ConfusionTable(IReadOnlyList<string> categories)
{
    private readonly int[,] _counts = new int[categories.Count, categories.Count];

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(string truth, string inferred)
    {
        _counts[Index(truth), Index(inferred)]++;
        Total++;
        Correct += truth == inferred ? 1 : 0;
    }

    public double Recall(int category) => Ratio(_counts[category, category], Row(category));

    public double Precision(int category) => Ratio(_counts[category, category], Column(category));

    public void Print(TextWriter writer, string title)
    {
        writer.WriteLine($"{title}: accuracy {Accuracy.ToString("0.000", CultureInfo.InvariantCulture)} ({Correct:N0} of {Total:N0})");
        writer.WriteLine($"  {"category",-14}{"precision",10}{"recall",10}{"desk",8}{"inferred",10}");
        for (var c = 0; c < categories.Count; c++)
            writer.WriteLine($"  {categories[c],-14}{Format(Precision(c)),10}{Format(Recall(c)),10}{Row(c),8}{Column(c),10}");
        writer.WriteLine("  confusion (rows: desk category, columns: inferred)");
        writer.WriteLine("  " + new string(' ', 14) + string.Concat(categories.Select(c => Abbreviate(c).PadLeft(8))));
        for (var row = 0; row < categories.Count; row++)
            writer.WriteLine($"  {categories[row],-14}" + string.Concat(Enumerable.Range(0, categories.Count).Select(column => _counts[row, column].ToString(CultureInfo.InvariantCulture).PadLeft(8))));
    }

    private int Index(string category)
    {
        for (var i = 0; i < categories.Count; i++)
            if (categories[i] == category)
                return i;
        throw new ArgumentException($"unknown category \"{category}\"", nameof(category));
    }

    private int Row(int category) => Enumerable.Range(0, categories.Count).Sum(c => _counts[category, c]);

    private int Column(int category) => Enumerable.Range(0, categories.Count).Sum(r => _counts[r, category]);

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;

    private static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Abbreviate(string category) => category.Length <= 7 ? category : category[..7];
}
