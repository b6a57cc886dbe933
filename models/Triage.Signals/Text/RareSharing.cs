namespace Triage.Signals.Text;

// The other people whose templated texts share rare content with a complaint's, and how many of them filed a text behind
// an outfit's identifier (RareContentSharers.Sharing).
public readonly record struct RareSharing(int People, int BehindOutfits)
{
    public static readonly RareSharing None = new(0, 0);
}
