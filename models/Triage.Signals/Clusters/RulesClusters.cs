using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// The clusters an analyst would script without this system, as a baseline for ClusterBuilder's (`triage
// evaluate-routing --complaints`): plain union-find, within 30 days either side, over an agent phone or a device shared
// by different people, the complainant's own phone or ID number (the same person, or relatives), and a near-identical
// text of another person (estimated Jaccard ≥ 0.5 on skeleton shingles, the rules baseline's template rule). No hubs,
// no rarity, no support, no organisations: what the cohesive growth adds is measured against this.
public static class RulesClusters
{
    public const double TemplateSimilarity = 0.5;

    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    private static readonly HashSet<IdentifierKind> Linking =
        [IdentifierKind.RepresentativePhone, IdentifierKind.Device, IdentifierKind.ComplainantPhone, IdentifierKind.ComplainantIdNumber];

    public static string Describe() =>
        "union-find within 30 days over a shared agent phone or device, the complainant's own phone or ID number, and another person's " +
        $"near-identical text (estimated Jaccard ≥ {TemplateSimilarity}); no hubs, rarity or support";

    // The clusters of two or more complaints, each as its members.
    public static async Task<IReadOnlyList<IReadOnlyList<Guid>>> BuildAsync(IReadOnlyList<ComplaintFacts> complaints, CancellationToken cancellationToken = default)
    {
        using var index = new InMemoryNearDuplicateIndex();
        var text = new IndexedTextEvidence(index, TextFingerprinter.Default);
        var context = new InMemorySignalContext(text);
        foreach (var complaint in complaints)
            context.Add(complaint);
        await Parallel.ForEachAsync(complaints, cancellationToken, async (complaint, ct) => await text.AddAsync(complaint, ct));

        var position = new Dictionary<Guid, int>(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
            position[complaints[i].Id] = i;
        var sets = new UnionFind(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
        {
            var complaint = complaints[i];
            var (from, to) = (complaint.ReceivedAt - Horizon, complaint.ReceivedAt + Horizon);
            foreach (var identifier in complaint.Identifiers.Where(x => Linking.Contains(x.Kind)).DistinctBy(x => x.Hash))
                foreach (var sighting in await context.SightingsAsync(identifier, from, to, int.MaxValue, cancellationToken))
                    if (position.TryGetValue(sighting.ComplaintId, out var other))
                        sets.Union(i, other);
            var evidence = await context.TextEvidenceAsync(complaint, from, to, cancellationToken, TemplateSimilarity);
            foreach (var neighbour in evidence.Neighbours.Where(n => n.Similarity >= TemplateSimilarity))
                if (position.TryGetValue(neighbour.ComplaintId, out var other))
                    sets.Union(i, other);
        }
        return Enumerable.Range(0, complaints.Count)
            .GroupBy(sets.Find)
            .Where(g => g.Count() >= 2)
            .Select(g => (IReadOnlyList<Guid>)g.Select(i => complaints[i].Id).ToList())
            .ToList();
    }
}
