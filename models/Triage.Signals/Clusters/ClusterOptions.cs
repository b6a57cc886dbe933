namespace Triage.Signals.Clusters;

public sealed class ClusterOptions
{
    public const string Section = "Triage:Clusters";

    // Complaints further apart than this are not linked, however alike.
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(30);

    // Near-duplicate skeletons of different complainants link at this estimated Jaccard or more...
    public double TemplateSimilarity { get; set; } = 0.4;

    // ...but a template link weaker than this only brings a few complaints (one person's filings, a stray member) into
    // a cluster: it never merges two larger clusters, because rings copy from the same phrase banks and a loose
    // resemblance would glue different outfits together.
    public double BridgeSimilarity { get; set; } = 0.5;

    public int LooseJoinMaxSize { get; set; } = 5;

    public bool CanJoin(ClusterLink link, int size, int otherSize) =>
        link.Kind != ClusterLinkKind.Template || link.Strength >= BridgeSimilarity || Math.Min(size, otherSize) <= LooseJoinMaxSize;

    // No giant components: a union that would pass this size is refused, the weakest links first.
    public int MaxSize { get; set; } = 500;

    // A cluster becomes suspect (flagged for the fraud team) at this size and risk.
    public int FlagMinSize { get; set; } = 3;

    public double FlagMinRisk { get; set; } = 0.5;

    // Shared identifiers that link complaints of different people; a shared IP alone does not (campus and carrier NAT).
    public ISet<IdentifierKind> LinkingKinds { get; set; } = new HashSet<IdentifierKind>
    {
        IdentifierKind.RepresentativePhone, IdentifierKind.Organization, IdentifierKind.Device, IdentifierKind.Email,
        IdentifierKind.ComplainantPhone, IdentifierKind.ComplainantIdNumber, IdentifierKind.CustomerId,
    };

    public bool IsFlagged(int size, double risk) => size >= FlagMinSize && risk >= FlagMinRisk;
}
