using System.Globalization;
using System.Text;
using Triage.Signals.Text;

namespace Triage.Signals.Categories;

// The weighted terms of category-lexicon.txt, folded as complaint texts are (so that "ＡＰＰ" finds "app"), longest
// first: a longer term claims its characters, so 担保费 counts as a fee and not also as 保费 (insurance).
internal sealed class CategoryLexicon
{
    private const string Resource = "Triage.Signals.Categories.category-lexicon.txt";

    // A word said three times is not three times the evidence.
    private const int MaximumCount = 2;

    private readonly IReadOnlyList<CategoryTerm> _terms;
    private readonly int _categories;

    private CategoryLexicon(IReadOnlyList<CategoryTerm> terms, int categories)
    {
        _terms = terms;
        _categories = categories;
    }

    public (int Category, double Score) Best(string text)
    {
        var folded = Fold(text);
        Span<double> scores = stackalloc double[_categories];
        var claimed = folded.Length <= 2048 ? stackalloc bool[folded.Length] : new bool[folded.Length];
        foreach (var term in _terms)
            scores[term.Category] += term.Weight * Claim(folded, term.Text, claimed);
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best])
                best = i;
        return (best, scores[best]);
    }

    public static CategoryLexicon Load(IReadOnlyList<string> categories)
    {
        using var stream = typeof(CategoryLexicon).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(CategoryLexicon).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var terms = new List<CategoryTerm>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            var category = fields.Length == 3 ? categories.ToList().IndexOf(fields[0]) : -1;
            if (category < 0 || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || Fold(fields[1]).Length == 0)
                throw new InvalidDataException($"{Resource} line {number}: expected category<TAB>term<TAB>weight with a known category, got \"{line}\"");
            terms.Add(new CategoryTerm(category, Fold(fields[1]), weight));
        }
        return new CategoryLexicon(terms.OrderByDescending(t => t.Text.Length).ToList(), categories.Count);
    }

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharFolding.Fold(c) is { } replacement)
                folded.Append(replacement);
            else
                folded.Append(c);
        }
        return folded.ToString().Trim();
    }

    private static int Claim(string text, string term, Span<bool> claimed)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            var span = claimed.Slice(at, term.Length);
            if (span.Contains(true))
                continue;
            span.Fill(true);
            count++;
        }
        return Math.Min(count, MaximumCount);
    }
}
