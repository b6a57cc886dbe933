namespace Triage.Signals.Text;

// A stretch of normalised text to replace by one placeholder.
internal readonly record struct Mask(int Start, int Length, Placeholder Kind)
{
    public int End => Start + Length;
}
