using Triage.Corpus.Writers;

namespace Triage.Corpus.Processes;

// An agency outfit and the borrowers it files for. How careless it is with its own identifiers varies:
// some file everything from one phone and one office, some only name themselves in the text.
public sealed class Ring
{
    public required string Id { get; init; }
    public required string Organization { get; init; }
    public required IReadOnlyList<Agent> Agents { get; init; }
    public required IReadOnlyList<string> Devices { get; init; }
    public required IReadOnlyList<string> Ips { get; init; }
    public required string Email { get; init; }
    public required string Relation { get; init; }
    public required string PrimaryChannel { get; init; }
    public required IRingTemplate Template { get; init; }
    public required IComplaintWriter Writer { get; init; }
    public required IReadOnlyList<RingMember> Members { get; init; }
    public double RepresentativeShare { get; init; }
    public double OrganizationShare { get; init; }
    public double AgentPhoneShare { get; init; }
    public double DeviceShare { get; init; }
    public double IpShare { get; init; }
    public double EmailShare { get; init; }
}
