using Triage.Corpus.People;
using Triage.Corpus.Text;

namespace Triage.Corpus.Processes;

public sealed class RepeatFactory(World world)
{
    private static readonly (string, double)[] Categories = [("fees", 35), ("collection", 30), ("credit-report", 10), ("service", 10), ("insurance", 8), ("other", 7)];
    private static readonly string[] RolesOfAMan = ["妻子", "母亲", "父亲", "姐姐", "弟弟", "儿子"];
    private static readonly string[] RolesOfAWoman = ["丈夫", "母亲", "父亲", "姐姐", "弟弟", "儿子"];

    public (RepeatComplainant Complainant, List<Arrival> Arrivals) Create(RepeatPlan plan, ref long sequence)
    {
        var rng = Seeds.Random(world.Options.Seed, "repeat", plan.Index);
        var person = world.People.Create(rng, rng.Next(3) > 0, rng.Next(28, 62), null);
        var relative = rng.NextDouble() < 0.3 ? world.People.Create(rng, rng.Next(2) == 0, rng.Next(25, 70), null) : null;
        var style = WritingStyle.Create(rng, 40) with { Register = rng.Next(3) == 0 ? Register.Formal : Register.Angry };
        var writer = world.WriterFor(person.Id);
        var repeat = new RepeatComplainant(person, relative, rng.Next(2) == 0, (person.Male ? RolesOfAMan : RolesOfAWoman)[rng.Next(6)],
            CaseDetailsFactory.Create(rng, world.Timeline.DayStart(plan.StartDay)), style,
            writer.RepeatStock(rng),
            Channels.Pick(rng, Categories), plan.Filings, writer);

        var start = world.Timeline.DayStart(plan.StartDay).AddHours(rng.NextDouble() * 20);
        var gaps = Enumerable.Range(0, plan.Filings).Select(_ => 0.15 + rng.NextDouble() * 5).ToArray();
        var room = (world.Timeline.End - start).TotalDays;
        var scale = Math.Min(1, room / Math.Max(0.01, gaps.Sum()));
        var at = start;
        var arrivals = new List<Arrival>(plan.Filings);
        for (var i = 0; i < plan.Filings; i++)
        {
            var channel = Channels.Pick(rng, i < plan.Filings / 3 ? Channels.RepeatEarly : Channels.RepeatLate);
            arrivals.Add(new Arrival(world.Timeline.Clamp(at, rng), sequence++, ComplaintKind.Repeat, channel) { Owner = repeat, Member = i });
            at = at.AddDays(gaps[i] * scale);
        }
        return (repeat, arrivals);
    }
}
