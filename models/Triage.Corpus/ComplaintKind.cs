namespace Triage.Corpus;

public static class ComplaintKind
{
    public const string Genuine = "genuine";
    public const string FollowUp = "follow-up";
    public const string Incident = "incident";
    public const string CrossChannelCopy = "cross-channel-copy";
    public const string HonestWaiver = "honest-waiver";
    public const string HonestRepresented = "honest-represented";
    public const string Ring = "ring";
    public const string Coached = "coached";
    public const string Repeat = "repeat";

    public static readonly IReadOnlyList<string> All =
        [Genuine, FollowUp, Incident, CrossChannelCopy, HonestWaiver, HonestRepresented, Ring, Coached, Repeat];

    public static bool IsSuspect(string kind) => kind is Ring or Coached or Repeat;
}
