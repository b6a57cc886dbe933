namespace Triage.Signals.Links;

// Every identifier's sightings in time order, for counting the distinct complainants behind it in a window.
// The in-memory form serves the CLI and hindsight runs; the database form answers the same questions with SQL.
public sealed class IdentifierIndex
{
    private readonly Dictionary<string, List<IdentifierSighting>> _sightings = [];
    private readonly Lock _lock = new();

    public void Add(ComplaintFacts complaint)
    {
        var complainant = ComplainantKey.For(complaint);
        lock (_lock)
        {
            foreach (var identifier in complaint.Identifiers.DistinctBy(i => i.Hash))
            {
                if (!_sightings.TryGetValue(identifier.Hash, out var list))
                    _sightings[identifier.Hash] = list = [];
                var sighting = new IdentifierSighting(complaint.ReceivedAt, complainant, complaint.Id);
                // Arrival order is the common case; out-of-order complaints are inserted in place.
                if (list.Count == 0 || list[^1].At <= sighting.At)
                    list.Add(sighting);
                else
                    list.Insert(UpperBound(list, sighting.At), sighting);
            }
        }
    }

    // The people seen with the identifier in [from, to] (ComplainantKey.People), stopping early once past cap.
    public int DistinctComplainants(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap = int.MaxValue)
    {
        lock (_lock)
        {
            if (!_sightings.TryGetValue(identifier.Hash, out var list))
                return 0;
            var own = ComplainantKey.Of(identifier);
            var seen = new HashSet<string>();
            for (var i = LowerBound(list, from); i < list.Count && list[i].At <= to; i++)
                if (seen.Add(list[i].Complainant) && ComplainantKey.People(seen, own) > cap)
                    break;
            return ComplainantKey.People(seen, own);
        }
    }

    public IReadOnlyList<IdentifierSighting> Sightings(string hash, DateTimeOffset from, DateTimeOffset to)
    {
        lock (_lock)
        {
            if (!_sightings.TryGetValue(hash, out var list))
                return [];
            var result = new List<IdentifierSighting>();
            for (var i = LowerBound(list, from); i < list.Count && list[i].At <= to; i++)
                result.Add(list[i]);
            return result;
        }
    }

    private static int LowerBound(List<IdentifierSighting> list, DateTimeOffset at)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].At < at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(List<IdentifierSighting> list, DateTimeOffset at)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].At <= at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
