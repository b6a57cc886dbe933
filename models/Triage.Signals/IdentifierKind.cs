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
}
