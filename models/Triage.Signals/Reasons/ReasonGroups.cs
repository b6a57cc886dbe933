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
    public const string Channels = "channels";
    public const string Channel = "channel";
    public const string Representative = "representative";
    public const string Context = "context";
}
