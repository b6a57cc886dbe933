using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

// Clusters of a whole corpus at once (hindsight): components grown cohesively (CohesiveGrowth), strongest links first.
// A component larger than MaxSize is split, not capped: it is grown again from its own links with stricter templates
// (more similarity, more support) until its pieces fit; only after SplitRounds does a union past the size give way.
public sealed class ClusterBuilder(ClusterOptions options)
{
    // organizations: the organisations each complaint names (ComplaintFacts.Organizations); a template never joins two
    // groups behind different ones (ClusterOptions.BehindOtherOrganizations).
    // rarity: the corpus's texts (HindsightCorpus.Rarity); with it, complaints with no other person join the outfit whose
    // template's core they copy (CoreAttachment).
    // scores: the complaints' scores, where known; a group they flag strongly has a core without an agent identifier, and
    // a group of several people that only shared text holds and they do not flag is not kept (UnflaggedTextGroups).
    // With rarity, a group that a few repeat complainants' own filings hold is their several cases (RepeatFilersApart).
    // times: when each complaint was received; with them, a group whose linked sets file in bursts days apart is taken
    // apart into its bursts (TimesApart).
    public ClusterPartition Build(IReadOnlyList<Guid> complaints, IEnumerable<ClusterLink> links,
        IReadOnlyDictionary<Guid, IReadOnlySet<string>>? organizations = null, ShingleRarity? rarity = null,
        IReadOnlyDictionary<Guid, double>? scores = null, IReadOnlyDictionary<Guid, DateTimeOffset>? times = null)
    {
        var index = new Dictionary<Guid, int>(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
            index[complaints[i]] = i;
        // Strongest first, ties in the order given (as a stable OrderBy would, without its cost on millions of links).
        var all = links as ClusterLink[] ?? links.ToArray();
        var order = new int[all.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var stronger = ClusterLink.StrongestFirst.Compare(all[x], all[y]);
            return stronger != 0 ? stronger : x.CompareTo(y);
        });
        var ordered = new List<(int A, int B, ClusterLink Link)>(order.Length);
        foreach (var link in order.Select(i => all[i]))
            if (index.TryGetValue(link.From, out var a) && index.TryGetValue(link.To, out var b) && a != b)
                ordered.Add((a, b, link));

        var clusters = new List<IReadOnlyList<Guid>>();
        var refused = 0;
        var split = 0;
        void Grow(int[] members, List<(int A, int B, ClusterLink Link)> memberLinks, int strictness)
        {
            var local = new Dictionary<int, int>(members.Length);
            for (var i = 0; i < members.Length; i++)
                local[members[i]] = i;
            var localLinks = memberLinks.Select(l => (local[l.A], local[l.B], l.Link)).ToList();
            var last = strictness >= options.SplitRounds;
            var growth = CohesiveGrowth.Run(members.Length, localLinks, options, strictness, capped: last,
                organizations is null ? null : i => organizations.GetValueOrDefault(complaints[members[i]]));
            refused += growth.Refused;
            var components = Enumerable.Range(0, members.Length).Where(i => growth.SizeOf(i) >= 2).GroupBy(growth.Find);
            var byRoot = components.ToDictionary(g => g.Key, g => g.Select(i => members[i]).ToArray());
            var linksByRoot = new Dictionary<int, List<(int, int, ClusterLink)>>();
            foreach (var (a, b, link) in memberLinks)
            {
                var (ra, rb) = (growth.Find(local[a]), growth.Find(local[b]));
                if (ra == rb && byRoot.TryGetValue(ra, out var component) && component.Length > options.MaxSize)
                {
                    if (!linksByRoot.TryGetValue(ra, out var list))
                        linksByRoot[ra] = list = [];
                    list.Add((a, b, link));
                }
            }
            foreach (var (root, component) in byRoot)
            {
                if (component.Length <= options.MaxSize || last)
                {
                    clusters.Add(component.Order().Select(i => complaints[i]).ToList());
                    continue;
                }
                split++;
                Grow(component, linksByRoot[root], strictness + 1);
            }
        }
        Grow(Enumerable.Range(0, complaints.Count).ToArray(), ordered, 0);
        var attached = rarity is null ? [] : CoreAttachment.Attach(clusters, complaints, all, rarity, options, organizations, scores);
        var released = scores is null ? 0 : UnflaggedTextGroups.Release(clusters, all.Concat(attached), scores, rarity, options);
        var apart = rarity is null ? 0 : RepeatFilersApart.Release(clusters, all, rarity, options);
        var inTime = times is null ? 0 : TimesApart.Release(clusters, all, times, options);
        // Complaints that joined a group came last: its members in the order given again.
        var inOrder = attached.Count == 0 && apart == 0 && inTime == 0 ? clusters : clusters.Select(c => (IReadOnlyList<Guid>)c.OrderBy(m => index[m]).ToList());
        return new ClusterPartition(inOrder.OrderBy(c => index[c[0]]).ToList(), refused, split)
        {
            Attached = attached, Released = released, TakenApart = apart, ApartInTime = inTime,
        };
    }
}
