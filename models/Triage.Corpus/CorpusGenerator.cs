using Triage.Corpus.Processes;

namespace Triage.Corpus;

// Streams a labelled corpus in arrival order, one day at a time. Only the day's plan, the active
// episodes (rings, repeat complainants, incidents) and bounded pools of recent honest cases are held.
public sealed class CorpusGenerator(CorpusOptions options)
{
    public CorpusOptions Options { get; } = options;

    public IEnumerable<LabelledComplaint> Generate()
    {
        Options.Validate();
        return Run();
    }

    private IEnumerable<LabelledComplaint> Run()
    {
        var world = new World(Options);
        var timeline = world.Timeline;
        var budget = Budget.From(Options);
        var days = Options.Days;
        var planning = Seeds.Random(Options.Seed, "plan");
        var weights = Enumerable.Range(0, days).Select(timeline.Weight).ToArray();
        var smooth = new (string Kind, int[] PerDay, (string, double)[] Mix)[]
        {
            (ComplaintKind.Genuine, Apportion.Split(budget.Genuine, weights), Channels.Honest),
            (ComplaintKind.HonestWaiver, Apportion.Split(budget.HonestWaiver, weights), Channels.Waiver),
            (ComplaintKind.HonestRepresented, Apportion.Split(budget.HonestRepresented, weights), Channels.Honest),
            (ComplaintKind.FollowUp, Apportion.Split(budget.FollowUp, weights.Select((w, d) => d < 2 ? 0 : w).ToArray()), Channels.Honest),
            (ComplaintKind.CrossChannelCopy, Apportion.Split(budget.CrossChannelCopy, weights.Select((w, d) => d < 1 ? 0 : w).ToArray()), Channels.Copy),
        };
        var incidents = new Queue<IncidentPlan>(Planner.Incidents(planning, budget.Incident, (double)(Options.Complaints - budget.RingAndCoached - budget.Repeat) / days, days));
        var rings = new Queue<RingPlan>(Planner.Rings(planning, budget.RingAndCoached, Options.Complaints, days));
        var repeats = new Queue<RepeatPlan>(Planner.Repeats(planning, budget.Repeat, days));

        var incidentFactory = new IncidentFactory(world);
        var ringFactory = new RingFactory(world);
        var repeatFactory = new RepeatFactory(world);
        var honest = new HonestRenderer(world);
        var incident = new IncidentRenderer(world);
        var ring = new RingRenderer(world);
        var repeat = new RepeatRenderer(world);

        var pending = new PriorityQueue<Arrival, (long, long)>();
        var clock = Seeds.Random(Options.Seed, "clock");
        long sequence = 0;
        for (var day = 0; day < days; day++)
        {
            while (incidents.TryPeek(out var plan) && plan.Day == day)
                Enqueue(pending, incidentFactory.Create(incidents.Dequeue(), ref sequence).Arrivals);
            while (rings.TryPeek(out var plan) && plan.StartDay == day)
                Enqueue(pending, ringFactory.Create(rings.Dequeue(), ref sequence).Arrivals);
            while (repeats.TryPeek(out var plan) && plan.StartDay == day)
                Enqueue(pending, repeatFactory.Create(repeats.Dequeue(), ref sequence).Arrivals);

            var today = new List<Arrival>();
            foreach (var (kind, perDay, mix) in smooth)
                for (var i = 0; i < perDay[day]; i++)
                {
                    var channel = Channels.Pick(clock, mix);
                    today.Add(new Arrival(timeline.TimeIn(day, clock, channel), sequence++, kind, channel));
                }
            var end = day == days - 1 ? DateTimeOffset.MaxValue : timeline.DayEnd(day);
            while (pending.TryPeek(out var next, out _) && next.At < end)
                today.Add(pending.Dequeue());
            today.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sequence.CompareTo(b.Sequence));

            foreach (var arrival in today)
                yield return arrival.Kind switch
                {
                    ComplaintKind.Ring or ComplaintKind.Coached => ring.Render(arrival),
                    ComplaintKind.Repeat => repeat.Render(arrival),
                    ComplaintKind.Incident => incident.Render(arrival),
                    _ => honest.Render(arrival),
                };
        }
    }

    private static void Enqueue(PriorityQueue<Arrival, (long, long)> pending, List<Arrival> arrivals)
    {
        foreach (var arrival in arrivals)
            pending.Enqueue(arrival, (arrival.At.UtcTicks, arrival.Sequence));
    }
}
