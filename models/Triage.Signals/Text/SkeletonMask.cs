namespace Triage.Signals.Text;

// One masking pass over normalised text. Passes run in order; a later pass never sees what an earlier one masked.
internal abstract class SkeletonMask
{
    // Adds masks sorted by start and not overlapping.
    public abstract void Find(string text, List<Mask> found);
}
