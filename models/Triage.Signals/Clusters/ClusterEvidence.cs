namespace Triage.Signals.Clusters;

// What ties a cluster together, in counts an analyst can check: its size, the most members behind any one agent
// identifier (phone, organisation, device, email or contact phone), and how many members share a template with
// another member. Only links between members count.
public sealed record ClusterEvidence(int Size, int BehindOneIdentifier, int SharingTemplate)
{
    // The outfit's identifiers (IdentifierKinds.Outfit, as the cluster links name them) and the contact phone.
    private static readonly HashSet<ClusterLinkKind> Agent =
        [.. ClusterLinkFinder.OutfitKinds, ClusterLinkKind.ComplainantPhone];

    public static ClusterEvidence From(IReadOnlyCollection<Guid> members, IEnumerable<(Guid From, Guid To, ClusterLinkKind Kind, string? IdentifierHash)> links)
    {
        var inside = members as IReadOnlySet<Guid> ?? members.ToHashSet();
        var touched = new Dictionary<(ClusterLinkKind, string?), HashSet<Guid>>();
        foreach (var (from, to, kind, hash) in links)
        {
            if (!inside.Contains(from) || !inside.Contains(to))
                continue;
            if (!touched.TryGetValue((kind, hash), out var complaints))
                touched[(kind, hash)] = complaints = [];
            complaints.Add(from);
            complaints.Add(to);
        }
        return FromCounts(members.Count, touched.Select(t => (t.Key.Item1, t.Key.Item2, t.Value.Count)));
    }

    // From how many complaints each kind of link and identifier touches (the stored clusters' indicators).
    public static ClusterEvidence FromCounts(int size, IEnumerable<(ClusterLinkKind Kind, string? IdentifierHash, int Complaints)> counts)
    {
        var (behindOne, template) = (0, 0);
        foreach (var (kind, hash, complaints) in counts)
            if (kind == ClusterLinkKind.Template)
                template = Math.Max(template, complaints);
            else if (Agent.Contains(kind) && hash is not null)
                behindOne = Math.Max(behindOne, complaints);
        return new ClusterEvidence(size, behindOne, template);
    }

    public string Describe()
    {
        var parts = new List<string> { $"共 {Size} 件投诉" };
        if (BehindOneIdentifier >= 2)
            parts.Add($"其中 {BehindOneIdentifier} 件共用同一代理标识");
        if (SharingTemplate >= 2)
            parts.Add($"{SharingTemplate} 件文本互为模板副本");
        return string.Join("，", parts);
    }
}
