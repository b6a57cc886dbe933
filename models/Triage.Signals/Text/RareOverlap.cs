namespace Triage.Signals.Text;

// Similarity is the weighted Jaccard of two skeletons; Shared the weight of what they have in common, so that two
// short texts made of the same stock phrases (alike, but sharing little that is rare) can be told from a template.
public readonly record struct RareOverlap(double Similarity, double Shared)
{
    public static readonly RareOverlap None = new(0, 0);
}
