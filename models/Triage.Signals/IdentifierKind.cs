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
