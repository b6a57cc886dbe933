namespace Triage.Signals.Clusters;

// An edge between two complaints and why: a shared identifier (its keyed hash), the same complainant, or a template.
public sealed record ClusterLink(Guid From, Guid To, ClusterLinkKind Kind, double Strength, string? IdentifierHash)
{
    // Ties in strength break the same way everywhere, so the incremental and the whole-corpus builds agree.
    public static readonly IComparer<ClusterLink> StrongestFirst = Comparer<ClusterLink>.Create((a, b) =>
    {
        var byStrength = b.Strength.CompareTo(a.Strength);
        return byStrength != 0 ? byStrength : a.Kind.CompareTo(b.Kind);
    });
}
