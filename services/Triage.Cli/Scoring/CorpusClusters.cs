using System.Security.Cryptography;
using System.Text;
using Triage.Routing;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Text;

namespace Triage.Cli.Scoring;

// The file's clusters in hindsight, each named after its earliest member so that the same file gives the same ids.
public static class CorpusClusters
{
    public static IReadOnlyDictionary<Guid, ClusterState> Build(ClusterOptions options, IReadOnlyList<ComplaintFacts> complaints,
        IEnumerable<ClusterLink> links, IReadOnlyDictionary<Guid, double> scores, ShingleRarity? rarity = null)
    {
        var byId = complaints.ToDictionary(c => c.Id);
        var found = links as IReadOnlyList<ClusterLink> ?? links.ToList();
        var partition = new ClusterBuilder(options).Build(complaints.Select(c => c.Id).ToList(), found, ComplaintFacts.OrganizationsOf(complaints), rarity, scores,
            ComplaintFacts.TimesOf(complaints));
        var all = partition.Attached.Count == 0 ? found : [.. found, .. partition.Attached];
        if (partition.Split > 0)
            Console.Error.WriteLine($"{partition.Split:N0} components past {options.MaxSize:N0} complaints were split by their strongest templates");
        if (partition.RefusedLinks > 0)
            Console.Error.WriteLine($"warning: {partition.RefusedLinks:N0} links gave way: their clusters would have passed {options.MaxSize:N0} complaints even when split");
        var states = new Dictionary<Guid, ClusterState>();
        var byFrom = all.ToLookup(l => l.From);
        foreach (var members in partition.Clusters)
        {
            var earliest = members.Select(m => byId[m]).OrderBy(c => c.ReceivedAt).ThenBy(c => c.ExternalId, StringComparer.Ordinal).First();
            var risk = ClusterRisk.From(members.Select(m => scores[m]));
            var suspect = options.IsFlagged(members.Count, risk);
            var inside = members.ToHashSet();
            var evidence = suspect
                ? ClusterEvidence.From(inside, members.SelectMany(m => byFrom[m]).Select(l => (l.From, l.To, l.Kind, l.IdentifierHash)))
                : null;
            var state = new ClusterState(IdFor(earliest), ClusterState.Open, suspect, members.Count, risk, evidence);
            foreach (var member in members)
                states[member] = state;
        }
        return states;
    }

    private static string IdFor(ComplaintFacts earliest)
    {
        var seed = earliest.ExternalId ?? earliest.Id.ToString("N");
        return "CL-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..12];
    }
}
