using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// Who a complaint links to: other complaints sharing a non-hub identifier (the same person's other filings, or other
// people behind one agent phone, organisation, device or email) and other people's near-identical texts, within the
// horizon on both sides. The same questions over the store (incremental) or an in-memory corpus (hindsight).
// A named law firm's letter (ComplaintFacts.RepresentedByLawFirm) links only its client's own filings: the firm acts for
// many honest clients from one phone, under one name and with one house letter (docs/signals.md).
public sealed class ClusterLinkFinder(ClusterOptions options, HubPolicy hubs)
{
    private const int MaxSightings = 2_000;

    public double TemplateSimilarity => options.TemplateSimilarity;

    // maxSightings bounds the complaints read per identifier (the earliest first): the nightly rescoring keeps only a
    // complaint's strongest few links and asks for fewer.
    // rarity, when given (in hindsight, where the whole corpus is at hand), verifies each near-duplicate candidate: a
    // template link needs rare shared content, not only the stock vocabulary every outfit uses.
    public async Task<IReadOnlyList<ClusterLink>> FindAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, CancellationToken cancellationToken = default,
        int maxSightings = MaxSightings, ShingleRarity? rarity = null)
    {
        var links = new Dictionary<(Guid, ClusterLinkKind), ClusterLink>();
        var (from, to) = (complaint.ReceivedAt - options.Horizon, complaint.ReceivedAt + options.Horizon);
        var complainant = ComplainantKey.For(complaint);
        var firm = complaint.RepresentedByLawFirm;
        foreach (var identifier in complaint.Identifiers.Where(i => options.LinkingKinds.Contains(i.Kind)).DistinctBy(i => i.Hash))
        {
            if (await IsHubAsync(complaint, identifier, context, mode, cancellationToken))
                continue;
            foreach (var sighting in await context.SightingsAsync(identifier, from, to, maxSightings, cancellationToken))
            {
                if (sighting.ComplaintId == complaint.Id)
                    continue;
                if (sighting.Complainant == complainant)
                    Keep(links, new ClusterLink(complaint.Id, sighting.ComplaintId, ClusterLinkKind.Complainant, Strength(ClusterLinkKind.Complainant), identifier.Hash));
                else if (!(firm && IdentifierKinds.Outfit.Contains(identifier.Kind)))
                    Keep(links, new ClusterLink(complaint.Id, sighting.ComplaintId, KindOf(identifier.Kind), Strength(KindOf(identifier.Kind)), identifier.Hash));
            }
        }

        if (firm)
            return Ordered(links);
        var text = await context.TextEvidenceAsync(complaint, from, to, cancellationToken, options.TemplateSimilarity);
        foreach (var neighbour in text.Neighbours.Where(n => n.Similarity >= options.TemplateSimilarity))
        {
            var overlap = rarity?.Compare(complaint.Id, neighbour.ComplaintId);
            var similarity = overlap?.Similarity ?? neighbour.Similarity;
            if (overlap is null || options.IsRareTemplate(overlap.Value))
                Keep(links, new ClusterLink(complaint.Id, neighbour.ComplaintId, ClusterLinkKind.Template, similarity, null));
        }
        return Ordered(links);
    }

    private static List<ClusterLink> Ordered(Dictionary<(Guid, ClusterLinkKind), ClusterLink> links) =>
        links.Values.OrderBy(l => l, ClusterLink.StrongestFirst).ThenBy(l => l.To).ToList();

    // Shared identifiers are certain links; a template is as strong as its similarity, always below them.
    public static double Strength(ClusterLinkKind kind) => kind switch
    {
        ClusterLinkKind.Organization or ClusterLinkKind.RepresentativePhone or ClusterLinkKind.Device => 3.0,
        ClusterLinkKind.Email or ClusterLinkKind.ComplainantPhone or ClusterLinkKind.CustomerId => 2.5,
        ClusterLinkKind.Complainant => 2.0,
        _ => 1.0,
    };

    // The links an outfit's identifiers make (IdentifierKinds.Outfit): the core step's and the cluster evidence's.
    internal static readonly IReadOnlySet<ClusterLinkKind> OutfitKinds = IdentifierKinds.Outfit.Select(KindOf).ToHashSet();

    private static ClusterLinkKind KindOf(IdentifierKind kind) => kind switch
    {
        IdentifierKind.RepresentativePhone => ClusterLinkKind.RepresentativePhone,
        IdentifierKind.Organization => ClusterLinkKind.Organization,
        IdentifierKind.Device => ClusterLinkKind.Device,
        IdentifierKind.Email => ClusterLinkKind.Email,
        IdentifierKind.CustomerId => ClusterLinkKind.CustomerId,
        _ => ClusterLinkKind.ComplainantPhone,
    };

    private async Task<bool> IsHubAsync(ComplaintFacts complaint, Identifier identifier, ISignalContext context, SignalMode mode, CancellationToken cancellationToken)
    {
        if (hubs.IsAllowListed(identifier))
            return true;
        var (from, to) = mode == SignalMode.Online
            ? (complaint.ReceivedAt - hubs.Window, complaint.ReceivedAt)
            : (complaint.ReceivedAt - hubs.Window, complaint.ReceivedAt + hubs.Window);
        var distinct = await context.DistinctComplainantsAsync(identifier, from, to, hubs.MaxDistinctComplainants + 1, cancellationToken);
        return hubs.IsHub(identifier, distinct);
    }

    // One link per pair and kind: every reason is kept to explain the cluster, the strongest decides first.
    private static void Keep(Dictionary<(Guid, ClusterLinkKind), ClusterLink> links, ClusterLink link)
    {
        if (!links.TryGetValue((link.To, link.Kind), out var existing) || link.Strength > existing.Strength)
            links[(link.To, link.Kind)] = link;
    }
}
