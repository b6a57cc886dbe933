namespace Triage.Signals.Clusters;

// The last step of hindsight clustering: outfits buy their templates on one market, so two outfits may file the same
// template word for word, and text alone joins them; what tells them apart is their identifiers and their timing
// (domain.md: "what ties one ring together is its own sentences, identifiers and timing"). Inside a group, the filings
// that identifiers link (a person's own filings, an outfit's agent phone or company) are a linked set, which files when
// it files; a group whose linked sets fall into bursts ClusterOptions.TimesApartGap or more apart (no filing of the group
// in between), each of at least TimesApartMinSize filings, is taken apart into those bursts. A burst smaller than that
// stays with the nearest burst before or after it: a member who files a few days late is still the outfit's. A person or
// an outfit that files again weeks later is one linked set, so it stays whole.
internal static class TimesApart
{
    // Replaces each group so split by its bursts; returns how many groups were split.
    public static int Release(List<IReadOnlyList<Guid>> clusters, IReadOnlyCollection<ClusterLink> links, IReadOnlyDictionary<Guid, DateTimeOffset> times,
        ClusterOptions options)
    {
        if (options.TimesApartGap is not { } gap)
            return 0;
        // A burst of one filing is no group, whatever the options say.
        var least = Math.Max(2, options.TimesApartMinSize);
        var linked = new LinkedSets(clusters, links);
        var (split, given) = (0, clusters.Count);
        for (var c = 0; c < given; c++)
        {
            if (clusters[c].Count < 2 * least || !clusters[c].All(times.ContainsKey))
                continue;
            var sets = linked.Of(clusters[c]);
            if (sets.Count < 2)
                continue;
            var bursts = Bursts(sets.Values, times, gap);
            if (bursts.Count < 2)
                continue;
            var kept = Settle(bursts, least);
            if (kept.Count < 2)
                continue;
            clusters[c] = kept[0].Members;
            clusters.AddRange(kept.Skip(1).Select(b => (IReadOnlyList<Guid>)b.Members));
            split++;
        }
        return split;
    }

    private sealed record Burst(DateTimeOffset Start, DateTimeOffset End, List<Guid> Members);

    // The linked sets in order of their first filing, a new burst wherever one starts gap or more after every earlier
    // one ended.
    private static List<Burst> Bursts(IEnumerable<List<Guid>> sets, IReadOnlyDictionary<Guid, DateTimeOffset> times, TimeSpan gap)
    {
        var bursts = new List<Burst>();
        foreach (var (start, end, members) in sets.Select(s => (Start: s.Min(m => times[m]), End: s.Max(m => times[m]), Members: s)).OrderBy(s => s.Start))
        {
            if (bursts.Count > 0 && start - bursts[^1].End < gap)
            {
                var last = bursts[^1];
                last.Members.AddRange(members);
                bursts[^1] = last with { End = end > last.End ? end : last.End };
            }
            else
                bursts.Add(new Burst(start, end, [.. members]));
        }
        return bursts;
    }

    // Bursts smaller than the least size join the nearer neighbour in time (the earlier on a tie), smallest first.
    private static List<Burst> Settle(List<Burst> bursts, int least)
    {
        while (bursts.Count > 1 && bursts.Select((b, i) => (b, i)).Where(x => x.b.Members.Count < least).OrderBy(x => x.b.Members.Count).ThenBy(x => x.i)
                   .Select(x => (int?)x.i).FirstOrDefault() is { } small)
        {
            var before = small > 0 ? bursts[small].Start - bursts[small - 1].End : TimeSpan.MaxValue;
            var after = small < bursts.Count - 1 ? bursts[small + 1].Start - bursts[small].End : TimeSpan.MaxValue;
            var into = before <= after ? small - 1 : small + 1;
            var (a, b) = (bursts[Math.Min(small, into)], bursts[Math.Max(small, into)]);
            bursts[Math.Min(small, into)] = new Burst(a.Start, b.End > a.End ? b.End : a.End, [.. a.Members, .. b.Members]);
            bursts.RemoveAt(Math.Max(small, into));
        }
        return bursts;
    }
}
