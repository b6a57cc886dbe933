namespace Triage.Signals.Links;

// "Hubs are not links": an identifier shared by very many complainants (a carrier NAT, the lender's own hotline)
// or one on the allow-list links nobody.
public sealed class HubPolicy
{
    public int MaxDistinctComplainants { get; set; } = 100;

    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);

    // Keyed hashes of values that never link (hotlines, the lender's own addresses).
    public ISet<string> AllowListedHashes { get; set; } = new HashSet<string>();

    public bool IsAllowListed(Identifier identifier) => AllowListedHashes.Contains(identifier.Hash);

    public bool IsHub(Identifier identifier, int distinctComplainantsInWindow) =>
        IsAllowListed(identifier) || distinctComplainantsInWindow > MaxDistinctComplainants;
}
