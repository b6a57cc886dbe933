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
}
