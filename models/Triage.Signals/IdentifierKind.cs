namespace Triage.Signals;

public enum IdentifierKind
{
    ComplainantPhone,
    ComplainantIdNumber,
    CustomerId,
    Email,
    RepresentativePhone,
    Organization,
    Device,
    Ip,
    // The name the complainant signs with: never a link or a person on its own (strangers share names), only beside
    // shared content in their texts (SignalExtractor).
    ComplainantName,
}

public static class IdentifierKinds
{
    // The identifiers behind which an outfit files for many people: its representative's phone, its company, its device,
    // its e-mail. Not the IP address (a carrier's NAT gives thousands one) nor the complainant's own phone (relatives and
    // branch landlines share one). A named law firm's are these too, and count for no outfit (SignalExtractor,
    // ClusterLinkFinder).
    public static readonly IReadOnlySet<IdentifierKind> Outfit = new HashSet<IdentifierKind>
    {
        IdentifierKind.RepresentativePhone, IdentifierKind.Organization, IdentifierKind.Device, IdentifierKind.Email,
    };
}
