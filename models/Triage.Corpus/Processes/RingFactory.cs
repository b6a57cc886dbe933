using Triage.Corpus.People;
using Triage.Corpus.Text;

namespace Triage.Corpus.Processes;

// Brings a planned ring to life on its first day: the outfit, its members, and every filing it will make.
public sealed class RingFactory(World world)
{
    private static readonly (string, double)[] Categories = [("collection", 40), ("fees", 25), ("credit-report", 12), ("other", 13), ("service", 5), ("insurance", 5)];
    private static readonly (string, double)[] Relations = [("agent", 55), ("lawyer", 20), ("family", 10), ("other", 15)];
    private static readonly (string, double)[] Primary = [("regulator", 65), ("email", 10), ("app", 10), ("web", 10), ("letter", 5)];

    // The names outfits of this corpus have taken: two outfits never share one, or their filings would carry the same
    // organisation and the labels would call them two rings where the filings say one outfit.
    private readonly HashSet<string> _organizations = new(StringComparer.Ordinal);

    public (Ring Ring, List<Arrival> Arrivals) Create(RingPlan plan, ref long sequence)
    {
        var rng = Seeds.Random(world.Options.Seed, "ring", plan.Index);
        var coaching = rng.NextDouble() < 0.3;
        var coachedShare = coaching ? 0.6 + rng.NextDouble() * 0.4 : rng.NextDouble() * 0.2;
        var id = $"ring-{plan.Index + 1:D4}";
        var writer = world.WriterFor(id);
        var hardships = writer.RingHardships;
        var ringHardship = hardships[rng.Next(hardships.Count)];
        var members = Enumerable.Range(0, plan.Members).Select(_ =>
        {
            var person = world.People.Create(rng);
            return new RingMember(person, rng.NextDouble() < coachedShare, CaseDetailsFactory.Create(rng, world.Timeline.DayStart(plan.StartDay)),
                rng.NextDouble() < 0.5 ? ringHardship : hardships[rng.Next(hardships.Count)],
                Channels.Pick(rng, Categories), WritingStyle.Create(rng, person.AgeAt(world.Options.End)));
        }).ToList();
        var office = Networks.Ip(rng);
        var spin = rng.NextDouble() < 0.45 ? 0.3 + rng.NextDouble() * 0.4 : 0;
        var relation = Channels.Pick(rng, Relations);
        var ring = new Ring
        {
            Id = id,
            Organization = UnusedOrganization(rng),
            Agents = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => new Agent(relation == "family" ? ChineseNames.Full(rng, rng.Next(2) == 0).Han : Outfits.AgentName(rng), Phones.Mobile(rng))).ToList(),
            Devices = Enumerable.Range(0, rng.Next(1, 6)).Select(_ => Networks.Device(rng)).ToList(),
            Ips = [office, .. Enumerable.Range(0, rng.Next(0, 3)).Select(_ => rng.Next(2) == 0 ? Networks.NearbyIp(rng, office) : Networks.Ip(rng))],
            Email = Outfits.Email(rng),
            Relation = relation,
            PrimaryChannel = Channels.Pick(rng, Primary),
            Template = writer.RingTemplate(rng, rng.NextDouble() < 0.6, rng.NextDouble() < 0.35, spin),
            Writer = writer,
            Members = members,
            RepresentativeShare = rng.NextDouble() < 0.2 ? 0 : 0.3 + rng.NextDouble() * 0.7,
            OrganizationShare = rng.NextDouble(),
            AgentPhoneShare = rng.NextDouble() < 0.5 ? rng.NextDouble() * 0.7 : 0,
            DeviceShare = 0.3 + rng.NextDouble() * 0.7,
            IpShare = 0.3 + rng.NextDouble() * 0.7,
            EmailShare = rng.NextDouble() < 0.4 ? rng.NextDouble() : 0,
        };
        return (ring, Schedule(rng, plan, ring, ref sequence));
    }

    // Drawn again only when taken, so a corpus whose outfits all drew distinct names is the same as before.
    private string UnusedOrganization(Random rng)
    {
        string name;
        do
            name = Outfits.Organization(rng);
        while (!_organizations.Add(name));
        return name;
    }

    private List<Arrival> Schedule(Random rng, RingPlan plan, Ring ring, ref long sequence)
    {
        var arrivals = new List<Arrival>(plan.Filings);
        var pace = TimeSpan.FromMinutes(2 + rng.NextDouble() * 25);
        var day = plan.StartDay;
        var left = plan.Filings;
        for (var wave = 0; left > 0; wave++)
        {
            var size = wave == 0 ? Math.Min(left, ring.Members.Count) : Math.Min(left, Math.Max(1, (int)Math.Round(ring.Members.Count * (0.4 + rng.NextDouble() * 0.5))));
            var chosen = Enumerable.Range(0, ring.Members.Count).OrderBy(_ => rng.Next()).Take(size).ToList();
            var clock = world.Timeline.DayStart(day).AddHours(8.5 + rng.NextDouble() * 5.5);
            foreach (var index in chosen)
            {
                var member = ring.Members[index];
                DateTimeOffset at;
                string channel;
                if (member.Coached)
                {
                    channel = Channels.Pick(rng, Channels.Coached);
                    at = world.Timeline.TimeIn(Math.Min(world.Timeline.Days - 1, day + rng.Next(0, 2)), rng, channel);
                }
                else
                {
                    channel = rng.NextDouble() < 0.75 ? ring.PrimaryChannel : Channels.Pick(rng, Channels.Agent);
                    clock = NextWorkingMoment(clock.AddTicks((long)(pace.Ticks * -Math.Log(1 - rng.NextDouble()))), rng);
                    at = world.Timeline.Clamp(clock, rng);
                }
                if (wave == 0)
                    member.FirstAt = at;
                arrivals.Add(new Arrival(at, sequence++, member.Coached ? ComplaintKind.Coached : ComplaintKind.Ring, channel)
                {
                    Owner = ring, Member = index, Wave = wave,
                });
            }
            left -= size;
            day = Math.Min(world.Timeline.Days - 1, day + rng.Next(3, 11));
        }
        return arrivals;
    }

    // Agents file in office hours; a batch that runs late goes on the next morning.
    private static DateTimeOffset NextWorkingMoment(DateTimeOffset clock, Random rng) =>
        clock.Hour >= 22 || clock.Hour < 8
            ? new DateTimeOffset(clock.Date, clock.Offset).AddDays(clock.Hour >= 22 ? 1 : 0).AddHours(9 + rng.NextDouble())
            : clock;
}
