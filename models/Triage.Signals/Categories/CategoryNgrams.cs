using System.Text;

namespace Triage.Signals.Categories;

// The model's view of a text: folded as the lexicon folds it, every digit a 0 (amounts and numbers say nothing about
// the problem), whitespace and emoji halves dropped. Its features are every character and every pair of neighbouring characters.
public static class CategoryNgrams
{
    public const int Longest = 2;

    public static string Prepare(string text)
    {
        var folded = CategoryLexicon.Fold(text);
        var prepared = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
                continue;
            prepared.Append(char.IsAsciiDigit(c) ? '0' : c);
        }
        return prepared.ToString();
    }

    public static IEnumerable<string> All(string prepared)
    {
        for (var length = 1; length <= Longest; length++)
            for (var i = 0; i + length <= prepared.Length; i++)
                yield return prepared.Substring(i, length);
    }
}
