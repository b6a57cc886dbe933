namespace Triage.Signals.Clusters;

// What ties a cluster together, in counts an analyst can check: its size, the most members behind any one agent
// identifier (phone, organisation, device, email or contact phone), and how many members share a template with
// another member. Only links between members count.
public sealed record ClusterEvidence(int Size, int BehindOneIdentifier, int SharingTemplate)
{
    private static readonly HashSet<ClusterLinkKind> Agent =
    [
        ClusterLinkKind.RepresentativePhone, ClusterLinkKind.Organization, ClusterLinkKind.Device, ClusterLinkKind.Email, ClusterLinkKind.ComplainantPhone,
    ];

    public static ClusterEvidence From(IReadOnlyCollection<Guid> members, IEnumerable<(Guid From, Guid To, ClusterLinkKind Kind, string? IdentifierHash)> links)
    {
        var inside = members as IReadOnlySet<Guid> ?? members.ToHashSet();
        var byIdentifier = new Dictionary<string, HashSet<Guid>>();
        var template = new HashSet<Guid>();
        foreach (var (from, to, kind, hash) in links)
        {
            if (!inside.Contains(from) || !inside.Contains(to))
                continue;
            if (kind == ClusterLinkKind.Template)
            {
                template.Add(from);
                template.Add(to);
            }
            else if (Agent.Contains(kind) && hash is not null)
            {
                if (!byIdentifier.TryGetValue(hash, out var sharing))
                    byIdentifier[hash] = sharing = [];
                sharing.Add(from);
                sharing.Add(to);
            }
        }
        return new ClusterEvidence(members.Count, byIdentifier.Values.Select(s => s.Count).DefaultIfEmpty(0).Max(), template.Count);
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
