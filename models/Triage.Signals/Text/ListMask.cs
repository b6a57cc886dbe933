using System.Text.RegularExpressions;

namespace Triage.Signals.Text;

// A list of literal names, longest first so that "马上消费金融" wins over "马上消费". An entry that starts or ends with a
// Latin letter or digit must not match inside a longer number or word ("12378" in a card number); that is checked
// here rather than with lookarounds, which would keep the regex from scanning for the literals' first characters.
internal sealed class ListMask : SkeletonMask
{
    private readonly Regex _regex;
    private readonly Placeholder _kind;

    public ListMask(IEnumerable<string> entries, Placeholder kind, string suffix = "")
    {
        var alternatives = entries
            .Select(e => TextNormalizer.Normalize(e).Text)
            .Where(e => e.Length > 0)
            .Distinct()
            .OrderByDescending(e => e.Length)
            .Select(Regex.Escape)
            .ToList();
        var pattern = alternatives.Count == 0 ? "(?!)" : $"(?:{string.Join("|", alternatives)}){suffix}";
        _regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _kind = kind;
    }

    public override void Find(string text, List<Mask> found)
    {
        foreach (var match in _regex.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var inWord = char.IsAsciiLetterOrDigit(text[match.Index]) && match.Index > 0 && char.IsAsciiLetterOrDigit(text[match.Index - 1])
                         || char.IsAsciiLetterOrDigit(text[end - 1]) && end < text.Length && char.IsAsciiLetterOrDigit(text[end]);
            if (!inWord)
                found.Add(new Mask(match.Index, match.Length, _kind));
        }
    }
}
