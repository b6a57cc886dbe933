namespace Triage.Scoring;

public sealed class SignalSettings
{
    public const string Section = "Triage:Signals";

    public int HubMaxDistinctComplainants { get; set; } = 100;

    public List<string> HubAllowList { get; set; } = [];
}
