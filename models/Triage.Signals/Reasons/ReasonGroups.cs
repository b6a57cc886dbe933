using Triage.Signals.Features;

namespace Triage.Signals.Reasons;

// What a share of the score is about, in the words a reason will use.
public static class ReasonGroups
{
    public const string Text = "text";
    public const string Template = "template";
    public const string Burst = "burst";
    public const string Demands = "demands";
    public const string Threats = "threats";
    public const string Justifications = "justifications";
    public const string Agency = "agency";
    public const string RepresentativePhone = "representative-phone";
    public const string Organization = "organization";
    public const string Device = "device";
    public const string Ip = "ip";
    public const string ComplainantPhone = "complainant-phone";
    public const string Email = "email";
    public const string AgentIdentifier = "agent-identifier";
    public const string Filings = "filings";
    public const string Escalation = "escalation";
    public const string Channels = "channels";
    public const string Channel = "channel";
    public const string Representative = "representative";
    public const string Context = "context";

    // The group each signal explains: the one place a signal meets the words that name it.
    public static string Of(string signal) => signal switch
    {
        SignalNames.NearDuplicates1d or SignalNames.NearDuplicates7d or SignalNames.NearDuplicates30d or SignalNames.MaxTextSimilarity or SignalNames.RareContentSharers30d or SignalNames.TemplateWithDemands30d or SignalNames.TemplateSharers30d
            or SignalNames.RareContentOutfitSharers30d => Template,
        SignalNames.BurstSize => Burst,
        SignalNames.DemandTerms => Demands,
        SignalNames.ThreatTerms => Threats,
        SignalNames.JustificationTerms => Justifications,
        SignalNames.AgencyTerms => Agency,
        SignalNames.RepresentativePhoneShared30d => RepresentativePhone,
        SignalNames.OrganizationShared30d => Organization,
        SignalNames.DeviceShared30d => Device,
        SignalNames.IpShared30d => Ip,
        SignalNames.ComplainantPhoneShared30d => ComplainantPhone,
        SignalNames.EmailShared30d => Email,
        SignalNames.MaxAgentIdentifierShared7d or SignalNames.MaxAgentIdentifierShared30d or SignalNames.AgentWithDemands30d or SignalNames.AgentPeople30d => AgentIdentifier,
        SignalNames.Filings7d or SignalNames.Filings30d or SignalNames.Filings90d or SignalNames.DaysSincePreviousFiling => Filings,
        SignalNames.ClaimedFilingOrdinal or SignalNames.RefusalTerms => Escalation,
        SignalNames.Channels30d => Channels,
        SignalNames.HasRepresentative => Representative,
        _ when signal.StartsWith("channel_", StringComparison.Ordinal) => Channel,
        _ when signal.StartsWith("relation_", StringComparison.Ordinal) => Representative,
        _ => Context,
    };

    // The identifiers whose largest count is the agent-identifier signal, the most telling first.
    public static readonly IReadOnlyList<string> AgentIdentifiers =
    [
        SignalNames.RepresentativePhoneShared30d, SignalNames.OrganizationShared30d, SignalNames.DeviceShared30d,
        SignalNames.ComplainantPhoneShared30d, SignalNames.EmailShared30d,
    ];
}
