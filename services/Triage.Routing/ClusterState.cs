namespace Triage.Routing;

public sealed record ClusterState(string Id, string Status, bool Suspect, int Size, double Risk)
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";
}
