namespace Triage.Corpus.Processes;

// A bounded sample of recent honest cases, one reservoir per day, so that cases of every age stay available
// to follow up on however many complaints a day brings; memory stays flat however long the corpus runs.
public sealed class CasePool(int perDay, int keepDays)
{
    private readonly Dictionary<int, (List<HonestCase> Cases, int Seen)> days = [];

    public void Add(Random rng, int day, HonestCase item)
    {
        if (!days.TryGetValue(day, out var bucket))
        {
            bucket = ([], 0);
            foreach (var old in days.Keys.Where(d => d < day - keepDays).ToList())
                days.Remove(old);
        }
        bucket.Seen++;
        if (bucket.Cases.Count < perDay)
            bucket.Cases.Add(item);
        else if (rng.Next(bucket.Seen) is var slot && slot < perDay)
            bucket.Cases[slot] = item;
        days[day] = bucket;
    }

    public HonestCase? Find(Random rng, int today, int minAgeDays, int maxAgeDays, Func<HonestCase, bool> eligible)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var day = today - rng.Next(minAgeDays, maxAgeDays + 1);
            if (!days.TryGetValue(day, out var bucket) || bucket.Cases.Count == 0)
                continue;
            var candidate = bucket.Cases[rng.Next(bucket.Cases.Count)];
            if (eligible(candidate))
                return candidate;
        }
        return null;
    }
}
