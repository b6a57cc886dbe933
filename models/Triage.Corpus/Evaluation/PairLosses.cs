using System.Runtime.InteropServices;

namespace Triage.Corpus.Evaluation;

// Where the adjusted Rand index loses, in pairs of complaints: of the pairs that belong together (two members of one ring,
// two filings of one person), those the clusters split; and the pairs the clusters join that belong apart. Worst: the
// groups that lose the most pairs, and the clusters that join the most, each with what it holds.
public sealed record PairLosses(long TruePairs, long SplitPairs, long JoinedPairs, IReadOnlyList<PairLoss> WorstSplit, IReadOnlyList<PairLoss> WorstJoined)
{
    private const int Worst = 5;

    public double? SplitShare => TruePairs == 0 ? null : (double)SplitPairs / TruePairs;
    private const int Parts = 4;

    // truth: each complaint's group, or null where it belongs with nobody; predicted: its cluster, or null for none;
    // kinds: each complaint's kind, for what a group or a cluster holds.
    public static PairLosses Of(IReadOnlyList<string?> truth, IReadOnlyList<string?> predicted, IReadOnlyList<string> kinds)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] is { } group)
                (CollectionsMarshal.GetValueRefOrAddDefault(groups, group, out _) ??= []).Add(i);
            if (predicted[i] is { } cluster)
                (CollectionsMarshal.GetValueRefOrAddDefault(clusters, cluster, out _) ??= []).Add(i);
        }
        // Pairs kept together: within each group, members that share a cluster.
        long Together(List<int> members, IReadOnlyList<string?> by) =>
            members.Where(i => by[i] is not null).GroupBy(i => by[i]!, StringComparer.Ordinal).Sum(g => Pairs(g.Count()));
        var split = groups.Select(g => new PairLoss(g.Key, Holds(g.Value, kinds), g.Value.Count, Pairs(g.Value.Count) - Together(g.Value, predicted)))
            .Where(l => l.Pairs > 0).ToList();
        var joined = clusters.Select(c => new PairLoss(c.Key, Holds(c.Value, truth, kinds), c.Value.Count, Pairs(c.Value.Count) - Together(c.Value, truth)))
            .Where(l => l.Pairs > 0).ToList();
        return new PairLosses(groups.Values.Sum(g => Pairs(g.Count)), split.Sum(l => l.Pairs), joined.Sum(l => l.Pairs),
            [.. split.OrderByDescending(l => l.Pairs).ThenBy(l => l.Name, StringComparer.Ordinal).Take(Worst)],
            [.. joined.OrderByDescending(l => l.Pairs).ThenBy(l => l.Name, StringComparer.Ordinal).Take(Worst)]);
    }

    // A group: its kinds, most first ("coached 160").
    private static string Holds(List<int> members, IReadOnlyList<string> kinds) =>
        string.Join(", ", members.GroupBy(i => kinds[i], StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}"));

    // A cluster: its largest groups ("ring-0039 116, ring-0037 24, …"), then how many complaints belong with nobody, by kind.
    private static string Holds(List<int> members, IReadOnlyList<string?> truth, IReadOnlyList<string> kinds)
    {
        var inGroups = members.Where(i => truth[i] is not null).GroupBy(i => truth[i]!, StringComparer.Ordinal).ToList();
        var parts = inGroups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Parts)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        if (inGroups.Count > Parts)
            parts.Add($"{inGroups.Count - Parts} more groups");
        parts.AddRange(members.Where(i => truth[i] is null).GroupBy(i => kinds[i], StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key} alone"));
        return string.Join(", ", parts);
    }

    private static long Pairs(long count) => count * (count - 1) / 2;
}

// One group (or cluster), what it holds, its size, and the pairs it loses.
public sealed record PairLoss(string Name, string Holds, int Size, long Pairs);
