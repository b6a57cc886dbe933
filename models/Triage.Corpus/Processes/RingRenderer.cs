using Triage.Corpus.Text;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Processes;

public sealed class RingRenderer(World world)
{
    private Random Rng => world.Rng;

    public LabelledComplaint Render(Arrival arrival)
    {
        var ring = (Ring)arrival.Owner!;
        var member = ring.Members[arrival.Member];
        var person = member.Person;
        var agent = ring.Agents[arrival.Member % ring.Agents.Count];
        var numbers = member.Style.Numbers / 6 * 6 + (member.Style.Numbers % 2 == 0 ? 0 : 2);
        var context = new TextContext(person, member.Details, arrival.At, numbers)
        {
            Organization = ring.Organization, AgentName = agent.Name, AgentPhone = agent.Phone,
            FirstDate = Dates.Format(member.FirstAt, member.Style.Numbers / 6),
            Extras = new Dictionary<string, string> { ["hardship"] = member.Hardship },
        };
        var text = ring.Template.Render(Rng, context, member.Coached, arrival.Wave > 0);
        if (member.Coached)
            text = ring.Writer.Coach(Rng, text, member.Style);
        text = ring.Writer.ForChannel(Rng, text, arrival.Channel, context);
        var category = world.DeskCategory(member.Category);
        var product = world.Product(member.Details.Product);
        var complainant = Cards.Complainant(Rng, person, arrival.Channel);
        if (member.Coached)
            return world.Emit(arrival, complainant, null, product, category, text,
                Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId), ComplaintKind.Coached, ring.Id);

        if (Rng.NextDouble() < ring.AgentPhoneShare)
            complainant = complainant with { Phone = agent.Phone };
        if (Rng.NextDouble() < ring.EmailShare)
            complainant = complainant with { Email = ring.Email };
        var representative = Rng.NextDouble() < ring.RepresentativeShare
            ? new Representative(agent.Name, Rng.NextDouble() < 0.9 ? agent.Phone : null, Rng.NextDouble() < ring.OrganizationShare ? ring.Organization : null, ring.Relation)
            : null;
        var origin = Cards.Origin(Rng, arrival.Channel,
            Rng.NextDouble() < ring.IpShare ? ring.Ips[Rng.Next(ring.Ips.Count)] : person.Ip,
            Rng.NextDouble() < ring.DeviceShare ? ring.Devices[Rng.Next(ring.Devices.Count)] : person.DeviceId);
        var identified = representative is not null
            || complainant.Phone == agent.Phone || complainant.Email == ring.Email
            || (origin?.DeviceId is { } device && ring.Devices.Contains(device))
            || (origin?.Ip is { } ip && ring.Ips.Contains(ip))
            || text.Contains(ring.Organization, StringComparison.Ordinal) || text.Contains(agent.Phone, StringComparison.Ordinal);
        // An agent-filed complaint always leaves at least one trace of the agent; otherwise it would be coached.
        if (!identified)
            representative = new Representative(agent.Name, agent.Phone, ring.Organization, ring.Relation);
        return world.Emit(arrival, complainant, representative, product, category, text, origin, ComplaintKind.Ring, ring.Id);
    }
}
