namespace Triage.Signals.Text;

// Order, loan, contract and card numbers (five digits or more, or letters mixed with digits) become ⟨NO⟩; the short
// numbers left after amounts and dates ("逾期3个月", "第2期") become ⟨NUM⟩ so that a template reads the same with any.
internal sealed class ReferenceMask : SkeletonMask
{
    public override void Find(string text, List<Mask> found)
    {
        foreach (var token in SkeletonPatterns.Token().EnumerateMatches(text))
        {
            var span = text.AsSpan(token.Index, token.Length);
            int digits = 0, letters = 0;
            foreach (var c in span)
            {
                if (char.IsAsciiDigit(c) || c == '*')
                    digits++;
                else if (char.IsAsciiLetter(c))
                    letters++;
            }
            if (digits >= 5 || (letters > 0 && digits >= 3 && span.Length >= 6))
                found.Add(new Mask(token.Index, token.Length, Placeholder.Reference));
            else if (letters == 0 && digits > 0)
                found.Add(new Mask(token.Index, token.Length, Placeholder.Number));
        }
    }
}
