namespace Triage.Signals.Text;

// A range of a complaint's original text, for highlighting.
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
