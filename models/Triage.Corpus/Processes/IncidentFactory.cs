using Triage.Corpus.Text;

namespace Triage.Corpus.Processes;

public sealed class IncidentFactory(World world)
{
    private static readonly (string Type, string Category, int EarliestHour, int LatestHour)[] Types =
    [
        ("double-deduction", "deduction", 5, 10), ("app-outage", "service", 0, 18), ("wrong-interest", "fees", 0, 12),
        ("wrong-sms", "collection", 8, 20), ("credit-report-batch", "credit-report", 6, 12),
    ];

    public (Incident Incident, List<Arrival> Arrivals) Create(IncidentPlan plan, ref long sequence)
    {
        var rng = Seeds.Random(world.Options.Seed, "incident", plan.Index);
        var type = Types[rng.Next(Types.Length)];
        var category = type.Type == "wrong-sms" && rng.NextDouble() < 0.3 ? "privacy" : type.Category;
        var start = world.Timeline.DayStart(plan.Day).AddHours(type.EarliestHour + rng.NextDouble() * (type.LatestHour - type.EarliestHour));
        start = world.Timeline.Clamp(start, rng);
        var incident = new Incident($"incident-{plan.Index + 1:D3}", type.Type, category, Lender.Apps[rng.Next(Lender.Apps.Length)], start);
        var decay = TimeSpan.FromHours(1.5 + rng.NextDouble() * 3);
        var arrivals = new List<Arrival>(plan.Size);
        for (var i = 0; i < plan.Size; i++)
        {
            var delay = Math.Min(22, decay.TotalHours * -Math.Log(1 - rng.NextDouble()));
            var channel = Channels.Pick(rng, Channels.Incident);
            arrivals.Add(new Arrival(world.Timeline.Clamp(start.AddHours(delay), rng), sequence++, ComplaintKind.Incident, channel) { Owner = incident });
        }
        return (incident, arrivals);
    }
}
