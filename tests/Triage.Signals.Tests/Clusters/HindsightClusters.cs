using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;

namespace Triage.Signals.Tests.Clusters;

// Clusters as `triage score` and the nightly run build them: a hindsight corpus (rarity-weighted templates), every
// complaint's links, then ClusterBuilder with the corpus's texts (CoreAttachment). Found: the complaints' own links;
// Links: those and the links by which complaints joined an outfit's core.
public sealed record HindsightClusters(ClusterPartition Partition, IReadOnlyList<ClusterLink> Found, IReadOnlyList<Guid> Nodes)
{
    public IReadOnlyList<ClusterLink> Links { get; } = [.. Found, .. Partition.Attached];

    // scores: the complaints' scores, as `triage score` and the nightly run pass them (a group they flag has a core).
    // keep: the links the builder is given, of those found (all of them unless told).
    public static async Task<HindsightClusters> BuildAsync(IReadOnlyList<ComplaintFacts> complaints, ClusterOptions? options = null,
        IReadOnlyDictionary<Guid, double>? scores = null, Func<ClusterLink, bool>? keep = null)
    {
        options ??= new ClusterOptions();
        var signals = new SignalOptions();
        using var corpus = new HindsightCorpus(signals, new ClusterLinkFinder(options, signals.Hubs));
        await corpus.AddAllAsync(complaints);
        var links = new List<ClusterLink>();
        foreach (var complaint in complaints)
            links.AddRange((await corpus.LinksAsync(complaint)).Where(keep ?? (_ => true)));
        var nodes = complaints.Select(c => c.Id).ToList();
        return new HindsightClusters(new ClusterBuilder(options).Build(nodes, links, ComplaintFacts.OrganizationsOf(complaints), corpus.Rarity, scores,
            ComplaintFacts.TimesOf(complaints)), links, nodes);
    }

    public IReadOnlyList<Guid>? ClusterOf(Guid complaint) => Partition.Clusters.SingleOrDefault(c => c.Contains(complaint));

    // The core of a cluster: of the members linked to other people in it, those linked to at least two of them (to the
    // other, in a pair). Every member must be in the core or link to it (a person's own filing, attached through their
    // other filing): that is what an analyst is shown to explain the member.
    public IEnumerable<Guid> MembersOutsideTheCore()
    {
        foreach (var cluster in Partition.Clusters)
        {
            var members = cluster.ToHashSet();
            var inside = Links.Where(l => members.Contains(l.From) && members.Contains(l.To)).ToList();
            var across = inside.Where(l => l.Kind != ClusterLinkKind.Complainant).ToList();
            var linked = across.SelectMany(l => new[] { l.From, l.To }).Distinct().Count();
            var core = cluster.Where(m => across.Where(l => l.From == m || l.To == m)
                .Select(l => l.From == m ? l.To : l.From).Distinct().Count() >= Math.Min(2, linked - 1)).ToHashSet();
            foreach (var member in cluster.Where(m => !core.Contains(m)))
                if (!inside.Any(l => (l.From == member && core.Contains(l.To)) || (l.To == member && core.Contains(l.From))))
                    yield return member;
        }
    }
}
