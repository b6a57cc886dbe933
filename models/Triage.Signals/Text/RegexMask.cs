using System.Text.RegularExpressions;

namespace Triage.Signals.Text;

internal sealed class RegexMask(Regex regex, Placeholder kind) : SkeletonMask
{
    public override void Find(string text, List<Mask> found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            if (match.Length > 0)
                found.Add(new Mask(match.Index, match.Length, kind));
        }
    }

    // A list of literal names, longest first so that "马上消费金融" wins over "马上消费"; an entry that starts or ends
    // with a Latin letter or digit must not match inside a longer number or word ("12378" in a card number).
    public static RegexMask ForList(IEnumerable<string> entries, Placeholder kind)
    {
        var alternatives = entries
            .Select(e => TextNormalizer.Normalize(e).Text)
            .Where(e => e.Length > 0)
            .Distinct()
            .OrderByDescending(e => e.Length)
            .Select(e =>
                (char.IsAsciiLetterOrDigit(e[0]) ? "(?<![0-9a-z])" : "") +
                Regex.Escape(e) +
                (char.IsAsciiLetterOrDigit(e[^1]) ? "(?![0-9a-z])" : ""));
        var pattern = string.Join("|", alternatives);
        return new RegexMask(new Regex(pattern.Length == 0 ? "(?!)" : pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), kind);
    }
}
