namespace Triage.Signals.Clusters;

public enum ClusterLinkKind
{
    Complainant,
    RepresentativePhone,
    Organization,
    Device,
    Email,
    ComplainantPhone,
    CustomerId,
    Template,
}
