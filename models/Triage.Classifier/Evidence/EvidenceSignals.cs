using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Classifier.Evidence;

// Which signals are evidence about people and groups, and the sentence group each one explains. Behaviour is
// monotone: more filings by one person, more people behind one agent identifier, more people sharing a template
// never lower a score.
public static class EvidenceSignals
{
    public static readonly IReadOnlyList<(string Signal, Direction Direction, string Group)> All =
    [
        (SignalNames.NearDuplicates1d, Direction.Up, ReasonGroups.Template),
        (SignalNames.NearDuplicates7d, Direction.Up, ReasonGroups.Template),
        (SignalNames.NearDuplicates30d, Direction.Up, ReasonGroups.Template),
        (SignalNames.MaxTextSimilarity, Direction.Up, ReasonGroups.Template),
        (SignalNames.BurstSize, Direction.Up, ReasonGroups.Burst),
        (SignalNames.DemandTerms, Direction.Up, ReasonGroups.Demands),
        (SignalNames.ThreatTerms, Direction.Up, ReasonGroups.Threats),
        (SignalNames.JustificationTerms, Direction.Up, ReasonGroups.Justifications),
        (SignalNames.AgencyTerms, Direction.Up, ReasonGroups.Agency),
        (SignalNames.RepresentativePhoneShared30d, Direction.Up, ReasonGroups.RepresentativePhone),
        (SignalNames.OrganizationShared30d, Direction.Up, ReasonGroups.Organization),
        (SignalNames.DeviceShared30d, Direction.Up, ReasonGroups.Device),
        (SignalNames.IpShared30d, Direction.Up, ReasonGroups.Ip),
        (SignalNames.ComplainantPhoneShared30d, Direction.Up, ReasonGroups.ComplainantPhone),
        (SignalNames.EmailShared30d, Direction.Up, ReasonGroups.Email),
        (SignalNames.MaxAgentIdentifierShared7d, Direction.Up, ReasonGroups.AgentIdentifier),
        (SignalNames.MaxAgentIdentifierShared30d, Direction.Up, ReasonGroups.AgentIdentifier),
        (SignalNames.Filings7d, Direction.Up, ReasonGroups.Filings),
        (SignalNames.Filings30d, Direction.Up, ReasonGroups.Filings),
        (SignalNames.Filings90d, Direction.Up, ReasonGroups.Filings),
        (SignalNames.Channels30d, Direction.Up, ReasonGroups.Channels),
        (SignalNames.DaysSincePreviousFiling, Direction.Down, ReasonGroups.Filings),
        (SignalNames.HubIdentifiers, Direction.Free, ReasonGroups.Context),
        (SignalNames.Fingerprinted, Direction.Free, ReasonGroups.Context),
        (SignalNames.TextLength, Direction.Free, ReasonGroups.Context),
        (SignalNames.HasRepresentative, Direction.Free, ReasonGroups.Representative),
        .. SignalNames.Channels.Select(c => ($"channel_{c}", Direction.Free, ReasonGroups.Channel)),
        .. SignalNames.Relations.Select(r => ($"relation_{r}", Direction.Free, ReasonGroups.Representative)),
    ];
}
