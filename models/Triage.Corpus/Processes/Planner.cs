namespace Triage.Corpus.Processes;

// Splits the episodic budgets (incidents, rings, repeat complainants) into episodes with start days.
// Sizes grow with the corpus so a million complaints hold bigger rings, not only more of them.
public static class Planner
{
    public static List<IncidentPlan> Incidents(Random rng, int budget, double honestPerDay, int days)
    {
        // Most faults are small; a few hit a good part of the day's customers.
        var sizes = Chunks(budget, 12, () => (int)Math.Round(honestPerDay * Math.Exp(Math.Log(0.03) + rng.NextDouble() * Math.Log(0.6 / 0.03))));
        return sizes.Select(size => (Day: rng.Next(days), Size: size)).OrderBy(p => p.Day).ThenByDescending(p => p.Size)
            .Select((p, i) => new IncidentPlan(i, p.Day, p.Size)).ToList();
    }

    public static List<RingPlan> Rings(Random rng, int budget, int complaints, int days)
    {
        var largest = 10 + Math.Sqrt(complaints) / 1.5;
        var plans = new List<(int Day, int Members, int Filings)>();
        var left = budget;
        while (left > 0)
        {
            var members = (int)Math.Round(Math.Exp(Math.Log(4) + rng.NextDouble() * (Math.Log(largest) - Math.Log(4))));
            var filings = (int)Math.Round(members * (1.0 + rng.NextDouble() * 1.2));
            if (left - filings < 4)
                filings = left;
            members = Math.Min(members, filings);
            // Outfits grow over the window, as complaints at the collection stage did in the trade press.
            var day = (int)Math.Min(days - 1, days * Math.Sqrt(rng.NextDouble() * 0.64 + 0.36 * rng.NextDouble() * rng.NextDouble()));
            plans.Add((day, members, filings));
            left -= filings;
        }
        return plans.OrderBy(p => p.Day).Select((p, i) => new RingPlan(i, p.Day, p.Members, p.Filings)).ToList();
    }

    public static List<RepeatPlan> Repeats(Random rng, int budget, int days)
    {
        var sizes = Chunks(budget, 2, () => Math.Min(30, 3 + (int)(-5 * Math.Log(1 - rng.NextDouble()))));
        return sizes.Select(size => (Day: rng.Next(days), Size: size)).OrderBy(p => p.Day)
            .Select((p, i) => new RepeatPlan(i, p.Day, p.Size)).ToList();
    }

    private static List<int> Chunks(int budget, int smallest, Func<int> next)
    {
        var sizes = new List<int>();
        var left = budget;
        while (left > 0)
        {
            var size = Math.Max(smallest, next());
            if (left - size < smallest)
                size = left;
            sizes.Add(size);
            left -= size;
        }
        return sizes;
    }
}
